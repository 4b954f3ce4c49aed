package lt.iunija.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.smartid.BrowserToken;
import lt.iunija.smartid.ClientInfo;
import lt.iunija.smartid.KnownBrowsers;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.smartid.VerifiedPerson;
import lt.iunija.tenant.SmartIdPurpose;
import lt.iunija.tenant.Union;

/**
 * The rules of admin login: only a person listed in the union's {@code admins} gets a Smart-ID prompt; anyone
 * else gets a decoy wait, so the page neither prompts strangers' phones nor tells who the admins are. The list
 * is read again when the login completes, so an admin removed meanwhile is not let in.
 */
@ApplicationScoped
public class AdminLoginService {

    @Inject
    SmartIdAuthentications smartId;

    @Inject
    KnownBrowsers knownBrowsers;

    public AttemptState start(Union union, String semanticsIdentifier, ClientInfo client) {
        if (!union.isAdmin(semanticsIdentifier)) {
            return smartId.decoy(union, semanticsIdentifier, SmartIdPurpose.ADMIN_LOGIN, client);
        }
        return smartId.start(union, semanticsIdentifier, SmartIdPurpose.ADMIN_LOGIN, client);
    }

    /**
     * The admin is in: the browser with this token is known for them at the union from now on (their own
     * throttle budget).
     */
    public void rememberBrowser(Union union, AttemptState proven, BrowserToken browser) {
        smartId.recordId(proven.attemptId())
                .ifPresent(attemptId -> knownBrowsers.remember(
                        browser, union.id(), proven.person().orElseThrow().semanticsIdentifier(), attemptId));
    }

    /** The admin a finished attempt proves, if it ended OK for a current admin of this union. */
    public Optional<AdminSession.Admin> provenAdmin(Union union, AttemptState state) {
        if (state.outcome().orElse(null) != AuthenticationOutcome.OK
                || state.person().isEmpty()
                || !union.id().equals(state.tenant())) {
            return Optional.empty();
        }
        VerifiedPerson person = state.person().get();
        return union.isAdmin(person.semanticsIdentifier())
                ? Optional.of(new AdminSession.Admin(union.id(), person.semanticsIdentifier(), person.fullName()))
                : Optional.empty();
    }
}
