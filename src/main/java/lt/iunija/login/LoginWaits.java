package lt.iunija.login;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.tenant.Union;

/**
 * The waits that login pages show: real Smart-ID attempts, and decoys. A decoy waits for nobody: for a user
 * number or personal code that may not log in, the page shows a verification code and waits as long as a real
 * Smart-ID login would, then ends like a failed one. No prompt reaches any phone, and the page never tells
 * who is a member or an admin.
 */
@ApplicationScoped
public class LoginWaits {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SmartIdAuthentications smartId;

    @Inject
    @ConfigProperty(name = "iunija.login.decoy-ms", defaultValue = "4000")
    long decoyMillis;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.session-seconds", defaultValue = "120")
    int sessionSeconds;

    private record Decoy(AttemptState state, Instant endsAt) {
    }

    private final Map<Long, Decoy> decoys = new ConcurrentHashMap<>();

    /** Starts a decoy wait at the union. */
    public AttemptState decoy(Union union) {
        long id = -1 - RANDOM.nextInt(Integer.MAX_VALUE); // real attempt ids are positive
        AttemptState waiting = new AttemptState(id, union.id(), null, String.format("%04d", RANDOM.nextInt(10000)),
                Instant.now().plusSeconds(sessionSeconds), Optional.empty(), Optional.empty());
        decoys.put(id, new Decoy(waiting, Instant.now().plusMillis(decoyMillis + RANDOM.nextInt(2000))));
        return waiting;
    }

    /**
     * The state of a wait, real or decoy, while it is remembered; a decoy ends as "not successful" after the
     * usual delay.
     */
    public Optional<AttemptState> state(long attemptId) {
        Decoy decoy = decoys.get(attemptId);
        if (decoy == null) {
            return smartId.state(attemptId);
        }
        AttemptState waiting = decoy.state();
        if (Instant.now().isAfter(decoy.endsAt())) {
            decoys.remove(attemptId);
            return Optional.of(new AttemptState(attemptId, waiting.tenant(), null, waiting.verificationCode(),
                    waiting.expiresAt(), Optional.of(AuthenticationOutcome.ACCOUNT_NOT_FOUND), Optional.empty()));
        }
        return Optional.of(waiting);
    }

    public void cancel(long attemptId) {
        if (decoys.remove(attemptId) == null) {
            smartId.cancel(attemptId);
        }
    }
}
