package lt.iunija.login;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lt.iunija.infrastructure.web.Messages;
import lt.iunija.routing.CurrentPage;
import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.smartid.ClientInfo;
import lt.iunija.tenant.Union;

/**
 * The union's login page: user number, then the verification code while the member answers in the Smart-ID
 * app. The page asks the service's in-memory state once a second; no request waits for Smart-ID.
 */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LoginService logins;

    @Inject
    CurrentPage page;

    @Inject
    LoginCompletion completion;

    @Inject
    SmartIdAuthentications smartId;

    private String userNumber;
    private final SmartIdWait wait = new SmartIdWait();

    public String getUserNumber() {
        return userNumber;
    }

    public void setUserNumber(String userNumber) {
        this.userNumber = userNumber;
    }

    public SmartIdWait getWait() {
        return wait;
    }

    /** "Did not start this? Report it": the report form, prefilled with the user number, time and code. */
    public String getReportUrl() {
        if (!wait.isWaiting()) {
            return page.url("report");
        }
        LocalDateTime startedLocal = LocalDateTime.ofInstant(wait.startedAt(), page.getUnion().zone()).truncatedTo(ChronoUnit.MINUTES);
        return page.url("report") + "?user=" + URLEncoder.encode(userNumber.strip(), StandardCharsets.UTF_8)
                + "&code=" + wait.getVerificationCode() + "&at=" + startedLocal;
    }

    public void logIn() {
        Union union = page.getUnion();
        LoginService.Start start = logins.start(union, userNumber.strip(), ClientInfo.ofCurrentRequest());
        if (start.refusalKey().isPresent()) {
            Messages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_ERROR, start.refusalKey().get(),
                    union.contacts().phone(), union.contacts().email());
            return;
        }
        AttemptState state = start.waiting().orElseThrow();
        if (!state.isRunning()) {
            show(state.outcome().orElseThrow().messageKey());
            return;
        }
        wait.begin(state);
    }

    /** Polled by the code page: has the member answered? */
    public void check() {
        wait.finished(smartId).ifPresent(finished ->
                completion.complete(page.getUnion(), finished).ifPresent(this::show));
    }

    public void cancel() {
        if (wait.cancel(smartId)) {
            Messages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO, AuthenticationOutcome.CANCELLED.messageKey());
        }
    }

    /** An outcome or refusal; its message may name the union's phone and e-mail. */
    private void show(String messageKey) {
        Union union = page.getUnion();
        Messages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_ERROR, messageKey,
                union.contacts().phone(), union.contacts().email());
    }

}
