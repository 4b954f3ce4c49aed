package lt.iunija.smartid;

import java.time.Instant;
import java.util.Optional;

/**
 * What a page needs to know about an authentication it started, read cheaply from memory: still running
 * (with its verification code and deadline), or finished with an outcome and, for OK, the proven person.
 */
public record AttemptState(long attemptId, String tenant, String semanticsIdentifier, String verificationCode,
                           Instant expiresAt, Optional<AuthenticationOutcome> outcome, Optional<VerifiedPerson> person) {

    public boolean isRunning() {
        return outcome.isEmpty();
    }

    AttemptState finished(AuthenticationOutcome finalOutcome, VerifiedPerson provenPerson) {
        return new AttemptState(attemptId, tenant, semanticsIdentifier, verificationCode, expiresAt,
                Optional.of(finalOutcome), Optional.ofNullable(provenPerson));
    }
}
