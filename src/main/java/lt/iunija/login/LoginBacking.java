package lt.iunija.login;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import lt.iunija.infrastructure.web.Messages;
import lt.iunija.member.Membership;
import lt.iunija.routing.CurrentPage;
import lt.iunija.smartid.AttemptState;
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
    MemberSession session;

    private String userNumber;
    private Long attemptId;
    private String verificationCode;
    private Instant expiresAt;

    public String getUserNumber() {
        return userNumber;
    }

    public void setUserNumber(String userNumber) {
        this.userNumber = userNumber;
    }

    public boolean isWaiting() {
        return attemptId != null;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    /** Seconds left for answering in the app, for the countdown. */
    public long getSecondsLeft() {
        return expiresAt == null ? 0 : Math.max(0, Duration.between(Instant.now(), expiresAt).toSeconds());
    }

    public void logIn() {
        Union union = page.getUnion();
        LoginService.Start start = logins.start(union, userNumber.strip(), client());
        if (start.refusalKey().isPresent()) {
            Messages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_ERROR, start.refusalKey().get(),
                    union.contacts().phone(), union.contacts().email());
            return;
        }
        AttemptState state = start.waiting().orElseThrow();
        if (!state.isRunning()) {
            showOutcome(state.outcome().orElseThrow());
            return;
        }
        attemptId = state.attemptId();
        verificationCode = state.verificationCode();
        expiresAt = state.expiresAt();
    }

    /** Polled by the code page: has the member answered? */
    public void check() throws IOException {
        if (attemptId == null) {
            return;
        }
        Optional<AttemptState> state = logins.state(attemptId);
        if (state.isEmpty()) {
            stopWaiting();
            showOutcome(AuthenticationOutcome.TIMEOUT);
            return;
        }
        if (state.get().isRunning()) {
            return;
        }
        stopWaiting();
        AuthenticationOutcome outcome = state.get().outcome().orElseThrow();
        if (outcome != AuthenticationOutcome.OK) {
            showOutcome(outcome);
            return;
        }
        Union union = page.getUnion();
        Optional<Membership> membership = logins.provenMembership(union, state.get());
        if (membership.isEmpty()) {
            showOutcome(AuthenticationOutcome.INVALID_RESPONSE);
            return;
        }
        String name = state.get().person().orElseThrow().fullName();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // A new session id for a new privilege level: a fixed session id must not become a logged-in one.
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        Membership proven = membership.get();
        if (proven.isSmartIdActivated()) {
            session.logIn(new MemberSession.Member(union.id(), proven.getId(), proven.getPerson().getSemanticsIdentifier(), name));
            external.redirect(page.url("home"));
        } else {
            session.awaitActivation(new MemberSession.PendingActivation(union.id(), proven.getId(),
                    proven.getPerson().getSemanticsIdentifier(), name, logins.randomCardPosition()));
            external.redirect(page.url("activate"));
        }
    }

    public void cancel() {
        if (attemptId != null) {
            logins.cancel(attemptId);
            stopWaiting();
            showOutcome(AuthenticationOutcome.CANCELLED);
        }
    }

    private void stopWaiting() {
        attemptId = null;
        verificationCode = null;
        expiresAt = null;
    }

    private void showOutcome(AuthenticationOutcome outcome) {
        Messages.add(FacesContext.getCurrentInstance(),
                outcome == AuthenticationOutcome.CANCELLED ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                outcome.messageKey());
    }

    private static ClientInfo client() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
