package lt.iunija.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

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
        if (!simulator.admits(Faces.getRequest().getRemoteAddr())) {
            Faces.responseSendError(404, null);
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
