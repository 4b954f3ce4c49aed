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
import lt.iunija.smartid.ClientInfo;
import lt.iunija.smartid.KnownBrowsers;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.tenant.Union;

/**
 * What a finished Smart-ID wait for a member leads to, on the login page and when switching unions from home:
 * a new session id, then the union's home, or its code-card page on the first Smart-ID login there. A block or
 * a locked code card is told only here, after Smart-ID proved the person, never to whoever types a number.
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

    @Inject
    KnownBrowsers knownBrowsers;

    @Inject
    SmartIdAuthentications smartId;

    /**
     * Logs the member in at {@code union} and redirects, or says which message to show instead.
     *
     * @return empty when the browser was sent on, or the key of the message to show on the page (its
     * parameters are the union's phone and e-mail)
     */
    public Optional<String> complete(Union union, AttemptState finished) {
        AuthenticationOutcome outcome = finished.outcome().orElseThrow();
        if (outcome != AuthenticationOutcome.OK) {
            return Optional.of(outcome.messageKey());
        }
        Optional<Membership> membership = logins.provenMembership(union, finished);
        Optional<Long> attemptId = smartId.recordId(finished.attemptId());
        if (membership.isEmpty() || attemptId.isEmpty()) {
            return Optional.of(AuthenticationOutcome.INVALID_RESPONSE.messageKey());
        }
        Membership proven = membership.get();
        String identity = proven.getPerson().getSemanticsIdentifier();
        boolean knownBrowser = knownBrowsers.isKnown(ClientInfo.ofCurrentRequest().browser(), union.id(), identity);
        if (proven.isLoginBlockedFor(knownBrowser)) {
            return Optional.of("login.blocked");
        }
        if (!proven.isSmartIdActivated() && proven.isCardLocked()) {
            return Optional.of("login.card_locked");
        }
        String name = finished.person().orElseThrow().fullName();
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        // A new session id for a new privilege level: a fixed session id must not become a logged-in one.
        request.changeSessionId();
        request.getSession().setMaxInactiveInterval(idleTimeout.serverTimeoutSeconds());
        if (proven.isSmartIdActivated()) {
            logIn(union, MemberSession.Member.loggedInNow(union.id(), proven.getId(), identity, name, attemptId.get()));
            Redirect.to(page.url(union, "home"));
        } else {
            session.awaitActivation(new MemberSession.PendingActivation(union.id(), proven.getId(), identity, name,
                    logins.randomCardPosition(), attemptId.get()));
            Redirect.to(page.url(union, "activate"));
        }
        return Optional.empty();
    }

    /** The member is in: the session says so, and this browser is known for the member at the union from now on. */
    public void logIn(Union union, MemberSession.Member member) {
        session.logIn(member);
        knownBrowsers.remember(ClientInfo.browserTokenOfCurrentRequest(), union.id(), member.semanticsIdentifier(), member.attemptId());
    }
}
