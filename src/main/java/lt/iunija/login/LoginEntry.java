package lt.iunija.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import lt.iunija.routing.CurrentPage;
import lt.iunija.routing.UnionPage;
import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.KnownBrowsers;
import lt.iunija.smartid.web.RequestClient;
import lt.iunija.tenant.Union;
import org.omnifaces.util.Faces;

/**
 * The page side of a finished login ({@link LoginCompletion} judges it): a new session id for the new privilege
 * level, then the union's home or its code-card page, and the browser known for the member from then on.
 */
@RequestScoped
public class LoginEntry {

    @Inject
    LoginCompletion completion;

    @Inject
    MemberSession session;

    @Inject
    CurrentPage page;

    @Inject
    IdleTimeout idleTimeout;

    @Inject
    KnownBrowsers knownBrowsers;

    /**
     * Logs the member in at {@code union} and redirects, or says which message to show instead.
     *
     * @return empty when the browser was sent on, or the key of the message to show on the page (its
     * parameters are the union's phone and e-mail)
     */
    public Optional<String> complete(Union union, AttemptState finished) {
        LoginCompletion.Result result = completion.judge(union, finished, RequestClient.browserToken());
        if (result instanceof LoginCompletion.Refused refused) {
            return Optional.of(refused.messageKey());
        }
        // A new session id for a new privilege level: a fixed session id must not become a logged-in one.
        Faces.getRequest().changeSessionId();
        Faces.getSession().setMaxInactiveInterval(idleTimeout.serverTimeoutSeconds());
        if (result instanceof LoginCompletion.LoggedIn loggedIn) {
            logIn(union, loggedIn.member());
            Faces.redirect(page.url(union, UnionPage.HOME));
        } else if (result instanceof LoginCompletion.AwaitsActivation awaits) {
            session.awaitActivation(awaits.pending());
            Faces.redirect(page.url(union, UnionPage.ACTIVATE));
        }
        return Optional.empty();
    }

    /** The member is in: the session says so, and this browser is known for the member at the union from now on. */
    public void logIn(Union union, MemberSession.Member member) {
        session.logIn(member);
        knownBrowsers.remember(
                RequestClient.browserTokenGivenIfNone(), union.id(), member.semanticsIdentifier(), member.attemptId());
    }
}
