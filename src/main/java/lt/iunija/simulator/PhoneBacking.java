package lt.iunija.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The simulator's "phone": what the Smart-ID app would show for each pending session, with the buttons a
 * person presses there. Answers 404 where the simulator does not answer.
 */
@Named
@ViewScoped
public class PhoneBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SimulatorSwitch simulator;

    @Inject
    transient SimulatorSessions sessions;

    @PostConstruct
    void admitOrHide() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!simulator.admits(((HttpServletRequest) external.getRequest()).getRemoteAddr())) {
            try {
                external.responseSendError(404, null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<SimulatedSession> getPending() {
        return sessions.pending();
    }

    public void approve(String sessionId) {
        sessions.approve(sessionId);
    }

    public void refuse(String sessionId) {
        sessions.refuse(sessionId);
    }

    public boolean isByHand() {
        return sessions.isByHand();
    }

    public void toggleByHand() {
        sessions.answerByHand(!sessions.isByHand());
    }
}
