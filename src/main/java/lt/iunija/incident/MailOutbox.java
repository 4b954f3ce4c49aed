package lt.iunija.incident;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import lt.iunija.tenant.UnionRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends each new report's e-mail right after its transaction commits, off the request thread; a failed send
 * is retried with a growing pause until it goes through or the attempts run out ({@link MailRetryTimer}). The report itself never
 * depends on mail: it is stored first. Every node runs retry rounds; an e-mail is sent by the one node that
 * claims it ({@link IncidentStore#claimMail}), so each goes out once per cluster.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    /** How long a node holds an e-mail it is sending before another node may try it (a send times out well before). */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @Inject
    IncidentStore store;

    @Inject
    IncidentMetrics metrics;

    @Inject
    MailSettings settings;

    @Inject
    UnionRegistry unions;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "iunija.mail.retry-seconds", defaultValue = "60")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "iunija.mail.max-attempts", defaultValue = "20")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "iunija.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IncidentReported reported) {
        if (settings.isConfigured()) {
            scheduler.execute(() -> send(reported.incidentId(), true));
        }
    }

    /** E-mails not sent yet that will be tried again (the mail server is down, or not configured). */
    long backlog() {
        return store.unsentMail(maxAttempts, true);
    }

    /** E-mails whose tries ran out. */
    long abandoned() {
        return store.unsentMail(maxAttempts, false);
    }

    /** Sends the e-mails whose earlier try failed and whose pause is over (called by {@link MailRetryTimer}). */
    void retryDue() {
        try {
            store.mailDue(LocalDateTime.now(ZoneOffset.UTC), maxAttempts)
                    .forEach(incidentId -> send(incidentId, false));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Incident e-mail retry round failed", e);
        }
    }

    /**
     * Sends the incident's e-mail unless it is sent, not due (a retry round's list can be older than another
     * node's claim) or claimed by another node meanwhile: the claim holds only if the incident is still as read.
     */
    private void send(long incidentId, boolean firstTry) {
        Incident incident = store.findAny(incidentId).orElseThrow();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        boolean due = firstTry
                ? incident.getMailAttempts() == 0
                : !incident.getMailNextTry().isAfter(now);
        if (incident.getMailSentAt() != null
                || !due
                || !store.claimMail(incidentId, incident.getVersion(), now.plus(CLAIM))) {
            return;
        }
        try {
            var union = unions.find(incident.getTenant())
                    .orElseThrow(() -> new MessagingException("union " + incident.getTenant() + " is not served now"));
            IncidentMail mail = IncidentMail.of(
                    incident,
                    union,
                    publicUrl.replaceAll("/+$", "") + "/" + union.id() + "/admin/incident?id=" + incidentId);
            MimeMessage message = new MimeMessage(settings.session());
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(union.incidentEmail()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            Transport.send(message);
            store.mailSent(incidentId);
            metrics.mailSent();
            LOG.info(() -> "Incident " + incident.getReference() + " e-mailed to " + union.incidentEmail());
        } catch (MessagingException | RuntimeException e) {
            long pause = (long) retrySeconds << Math.min(incident.getMailAttempts(), 6);
            // Expected while the mail server is down: one line per try, no stack trace.
            LOG.warning(() -> "Incident " + incident.getReference() + " could not be e-mailed (" + e + "); next try in "
                    + pause + " s");
            metrics.mailFailed();
            store.mailFailed(incidentId, LocalDateTime.now(ZoneOffset.UTC).plusSeconds(pause), e.toString());
        }
    }
}
