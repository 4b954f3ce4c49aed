package lt.iunija.smartid;

import java.time.Instant;
import java.util.Optional;

/**
 * What a page needs to know about an authentication it started, read cheaply from memory: still running
 * (with its verification code and deadline), or finished with an outcome and, for OK, the proven person.
 */
public record AttemptState(
        long attemptId,
        String tenant,
        String semanticsIdentifier,
        String verificationCode,
        Instant expiresAt,
        Optional<AuthenticationOutcome> outcome,
        Optional<VerifiedPerson> person) {

    /** A wait just started: running, with the code the page shows until its deadline. */
    static AttemptState running(
            long attemptId, String tenant, String semanticsIdentifier, String verificationCode, Instant expiresAt) {
        return new AttemptState(
                attemptId,
                tenant,
                semanticsIdentifier,
                verificationCode,
                expiresAt,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * A wait that no node remembers any more (a decoy, or a prompt withheld, on a node that has died): it ended as
     * an unanswered prompt ends, so that the page tells it from no other.
     */
    static AttemptState forgotten(long attemptId, String verificationCode, Instant expiresAt) {
        return new AttemptState(
                attemptId,
                null,
                null,
                verificationCode,
                expiresAt,
                Optional.of(AuthenticationOutcome.TIMEOUT),
                Optional.empty());
    }

    public boolean isRunning() {
        return outcome.isEmpty();
    }

    AttemptState finished(AuthenticationOutcome finalOutcome, VerifiedPerson provenPerson) {
        return new AttemptState(
                attemptId,
                tenant,
                semanticsIdentifier,
                verificationCode,
                expiresAt,
                Optional.of(finalOutcome),
                Optional.ofNullable(provenPerson));
    }
}
