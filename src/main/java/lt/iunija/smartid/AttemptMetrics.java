package lt.iunija.smartid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import java.util.logging.Logger;
import lt.iunija.tenant.SmartIdPurpose;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The operator's view of Smart-ID attempts: one INFO line per finished attempt (union, purpose, outcome,
 * duration, client address; the personal code masked), and the application metrics at
 * {@code /metrics?scope=application}: attempts by purpose and outcome, throttled starts, pending sessions, and
 * the latency of the Smart-ID start call.
 */
@ApplicationScoped
public class AttemptMetrics {

    private static final Logger LOG = Logger.getLogger(AttemptMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    /** An attempt that was recorded has ended. */
    void finished(SmartIdAttempt attempt, AuthenticationOutcome outcome) {
        registry.counter(
                        "smartid_attempts",
                        new Tag("purpose", attempt.getPurpose().name()),
                        new Tag("outcome", outcome.name()))
                .inc();
        long millis = Duration.between(attempt.getStartedAt(), LocalDateTime.now(ZoneOffset.UTC))
                .toMillis();
        LOG.info(
                () -> "Smart-ID attempt " + attempt.getId() + " at " + attempt.getTenant() + ": " + attempt.getPurpose()
                        + " " + outcome + " after " + millis + " ms, from " + attempt.getClientAddress() + ", "
                        + SemanticsIdentifiers.masked(attempt.getSemanticsIdentifier()));
    }

    /** A start refused by the budgets (members and strangers alike). */
    void throttled(SmartIdPurpose purpose) {
        registry.counter("smartid_throttled_starts", new Tag("purpose", purpose.name()))
                .inc();
    }

    /** The Smart-ID start call's timer. */
    Timer startCalls() {
        return registry.timer("smartid_start_call");
    }

    /** Registers the gauge of sessions being followed now. */
    void pendingFrom(Supplier<Long> pending) {
        registry.gauge("smartid_pending_sessions", pending);
    }
}
