package lt.iunija.smartid;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.exception.UserAccountException;
import ee.sk.smartid.rest.dao.Interaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The request that starts a Smart-ID authentication, behind a circuit breaker: when most of the recent starts
 * failed because of the service (unreachable, too slow, 5xx, maintenance), the breaker opens and further
 * starts fail at once with {@link org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException}
 * instead of each waiting for its own time-out; after {@code delay} one start is let through again and a
 * success closes the breaker. A refusal about the person's account (none, not qualified, view the app) is
 * Smart-ID working as it should and never counts as a failure.
 * <p>
 * The operator may tune it with MicroProfile Config, e.g.
 * {@code lt.iunija.smartid.SmartIdStartCalls/start/CircuitBreaker/delay=30000}.
 */
@ApplicationScoped
public class SmartIdStartCalls {

    @Inject
    SmartIdConnection connection;

    @Inject
    AttemptMetrics metrics;

    /** Asks Smart-ID to prompt {@code identity}; returns the Smart-ID session id. */
    @CircuitBreaker(
            requestVolumeThreshold = 6,
            failureRatio = 0.5,
            delay = 10,
            delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1,
            skipOn = UserAccountException.class)
    public String start(String identity, AuthenticationHash hash, String displayText) {
        Timer.Context call = metrics.startCalls().time();
        try {
            return connection
                    .get()
                    .client()
                    .createAuthentication()
                    .withSemanticsIdentifierAsString(identity)
                    .withAuthenticationHash(hash)
                    .withCertificateLevel(SessionJudge.REQUIRED_LEVEL)
                    .withAllowedInteractionsOrder(List.of(Interaction.displayTextAndPIN(displayText)))
                    .initiateAuthentication();
        } finally {
            call.stop();
        }
    }
}
