package lt.iunija.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import lt.iunija.member.Membership;
import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.smartid.BrowserToken;
import lt.iunija.smartid.KnownBrowsers;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.tenant.Union;

/**
 * What a finished Smart-ID wait for a member leads to, on the login page and when switching unions from home:
 * the member logged in, the code-card step on the first Smart-ID login at the union, or a message. A block or a
 * locked code card is told only here, after Smart-ID proved the person, never to whoever types a number. The page
 * side of it (new session id, redirect) is {@link LoginEntry}'s.
 */
@ApplicationScoped
public class LoginCompletion {

    /** The outcome of a finished wait. */
    public sealed interface Result {}

    /** Not logged in: the key of the message to show (its parameters are the union's phone and e-mail). */
    public record Refused(String messageKey) implements Result {}

    /** Proven, and Smart-ID is activated at the union: the member is in. */
    public record LoggedIn(MemberSession.Member member) implements Result {}

    /** Proven, but the first Smart-ID login at the union: the member confirms it with the code card first. */
    public record AwaitsActivation(MemberSession.PendingActivation pending) implements Result {}

    @Inject
    LoginService logins;

    @Inject
    KnownBrowsers knownBrowsers;

    @Inject
    SmartIdAuthentications smartId;

    /**
     * @param browser the known-browser token of the browser the wait ran in, if it sent one
     */
    public Result judge(Union union, AttemptState finished, Optional<BrowserToken> browser) {
        AuthenticationOutcome outcome = finished.outcome().orElseThrow();
        if (outcome != AuthenticationOutcome.OK) {
            return new Refused(outcome.messageKey());
        }
        Optional<Membership> membership = logins.provenMembership(union, finished);
        Optional<Long> attemptId = smartId.recordId(finished.attemptId());
        if (membership.isEmpty() || attemptId.isEmpty()) {
            return new Refused(AuthenticationOutcome.INVALID_RESPONSE.messageKey());
        }
        Membership proven = membership.get();
        String identity = proven.getPerson().getSemanticsIdentifier();
        if (proven.isLoginBlockedFor(knownBrowsers.isKnown(browser, union.id(), identity))) {
            return new Refused("login.blocked");
        }
        if (!proven.isSmartIdActivated() && proven.isCardLocked()) {
            return new Refused("login.card_locked");
        }
        String name = finished.person().orElseThrow().fullName();
        if (proven.isSmartIdActivated()) {
            return new LoggedIn(
                    MemberSession.Member.loggedInNow(union.id(), proven.getId(), identity, name, attemptId.get()));
        }
        return new AwaitsActivation(new MemberSession.PendingActivation(
                union.id(), proven.getId(), identity, name, logins.randomCardPosition(), attemptId.get()));
    }
}
