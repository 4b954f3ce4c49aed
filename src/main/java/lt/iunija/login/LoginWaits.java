package lt.iunija.login;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.ClientInfo;
import lt.iunija.smartid.SmartIdAttempt;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.tenant.Union;

/**
 * The waits that login pages show: real Smart-ID attempts, and decoys. A decoy waits for nobody: for a user
 * number or personal code that may not log in, the page shows a verification code and waits as long as an
 * unanswered Smart-ID prompt would, then ends like one. No prompt reaches any phone, and the page never tells
 * who is a member or an admin.
 */
@ApplicationScoped
public class LoginWaits {

    @Inject
    SmartIdAuthentications smartId;

    /** Starts a decoy wait at the union for what was typed (a user number or personal code). */
    public AttemptState decoy(Union union, String typed, SmartIdAttempt.Purpose purpose, ClientInfo client) {
        return smartId.decoy(union, typed, purpose, client);
    }

    /** The state of a wait, real or decoy, while it is remembered. */
    public Optional<AttemptState> state(long attemptId) {
        return smartId.state(attemptId);
    }

    public void cancel(long attemptId) {
        smartId.cancel(attemptId);
    }
}
