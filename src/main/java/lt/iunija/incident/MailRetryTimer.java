package lt.iunija.incident;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the e-mail retry round every {@code iunija.mail.retry-seconds}, from deployment on; without a mail
 * server configured it says so once at start instead. A container timer
 * (not persisted: the due e-mails are in the database anyway) gives the round a proper transaction and context.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MailRetryTimer {

    @Resource
    TimerService timers;

    private static final Logger LOG = Logger.getLogger(MailRetryTimer.class.getName());

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    @ConfigProperty(name = "iunija.mail.retry-seconds", defaultValue = "60")
    int retrySeconds;

    @Inject
    IncidentMetrics metrics;

    @PostConstruct
    void schedule() {
        metrics.mailBacklogFrom(outbox);
        if (!settings.isConfigured()) {
            LOG.warning("iunija.mail.host is not set: incident reports are stored, but no e-mail is sent until it is");
            return;
        }
        long interval = retrySeconds * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    /** No transaction around the round: each claim, send and outcome commits on its own, visible to other nodes. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retry() {
        outbox.retryDue();
    }
}
