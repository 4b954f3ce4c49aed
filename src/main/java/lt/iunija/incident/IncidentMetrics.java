package lt.iunija.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Incident reports and their e-mails in the application metrics ({@code /metrics?scope=application}):
 * {@code incident_reports_total} by severity and matched, {@code incident_mail_sent_total} and
 * {@code incident_mail_failed_total} (each failed try; the outbox retries), and the gauges
 * {@code incident_mail_backlog} (e-mails not sent yet that will be tried again) and
 * {@code incident_mail_abandoned} (e-mails whose tries ran out: the union was never told), both -1 while the
 * database cannot be read.
 */
@ApplicationScoped
public class IncidentMetrics {

    @Inject
    MetricRegistry registry;

    void reported(Severity severity, boolean matched) {
        registry.counter(
                        "incident_reports",
                        new Tag("severity", severity.name()),
                        new Tag("matched", String.valueOf(matched)))
                .inc();
    }

    void mailSent() {
        registry.counter("incident_mail_sent").inc();
    }

    void mailFailed() {
        registry.counter("incident_mail_failed").inc();
    }

    void mailBacklogFrom(MailOutbox outbox) {
        registry.gauge("incident_mail_backlog", () -> readable(outbox::backlog));
        registry.gauge("incident_mail_abandoned", () -> readable(outbox::abandoned));
    }

    private static long readable(java.util.function.LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (RuntimeException databaseUnavailable) {
            return -1;
        }
    }
}
