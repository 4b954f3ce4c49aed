package lt.iunija.login;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import lt.iunija.infrastructure.web.Redirect;
import lt.iunija.member.Membership;
import lt.iunija.routing.CurrentPage;
import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.tenant.Union;

/**
 * What a finished Smart-ID wait for a member leads to, on the login page and when switching unions from home:
 * a new session id, then the union's home, or its code-card page on the first Smart-ID login there.
 */
@ApplicationScoped
public class LoginCompletion {

    @Inject
    LoginService logins;

    @Inject
    MemberSession session;

    @Inject
    CurrentPage page;

    @Inject
    IdleTimeout idleTimeout;

    /**
     * Logs the member in at {@code union} and redirects, or says which outcome to show instead.
     *
     * @return empty when the browser was sent on, or the outcome to show on the page
     */
    public Optional<AuthenticationOutcome> complete(Union union, AttemptState finished) {
        AuthenticationOutcome outcome = finished.outcome().orElseThrow();
        if (outcome != AuthenticationOutcome.OK) {
            return Optional.of(outcome);
        }
        Optional<Membership> membership = logins.provenMembership(union, finished);
        if (membership.isEmpty()) {
            return Optional.of(AuthenticationOutcome.INVALID_RESPONSE);
        }
        String name = finished.person().orElseThrow().fullName();
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        // A new session id for a new privilege level: a fixed session id must not become a logged-in one.
        request.changeSessionId();
        request.getSession().setMaxInactiveInterval(idleTimeout.serverTimeoutSeconds());
        Membership proven = membership.get();
        String identity = proven.getPerson().getSemanticsIdentifier();
        if (proven.isSmartIdActivated()) {
            session.logIn(MemberSession.Member.loggedInNow(union.id(), proven.getId(), identity, name));
            Redirect.to(page.url(union, "home"));
        } else {
            session.awaitActivation(new MemberSession.PendingActivation(union.id(), proven.getId(), identity, name,
                    logins.randomCardPosition()));
            Redirect.to(page.url(union, "activate"));
        }
        return Optional.empty();
    }
}
