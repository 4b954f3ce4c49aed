package lt.iunija.smartid;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives attempts that were running when a node stopped or died their final outcome, INTERRUPTED, instead of
 * leaving them "running" for ever. An attempt is abandoned once its Smart-ID deadline and a margin have passed
 * without an outcome: no node follows it any more (each node ends its own attempts at the deadline), so this
 * is safe with several nodes on one database. Runs every 15 seconds, so within moments of a restart.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AbandonedAttempts {

    private static final Logger LOG = Logger.getLogger(AbandonedAttempts.class.getName());
    /** After the deadline, a node still ends its own attempt within 10 s (its last poll): wait longer. */
    private static final int MARGIN_SECONDS = 20;

    @Inject
    AttemptRecords records;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.session-seconds", defaultValue = "120")
    int sessionSeconds;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void interruptAbandoned() {
        int interrupted = records.interruptAbandoned(
                LocalDateTime.now(ZoneOffset.UTC).minusSeconds(sessionSeconds + (long) MARGIN_SECONDS));
        if (interrupted > 0) {
            LOG.info(() -> interrupted + " Smart-ID attempts left running by a stopped node ended as INTERRUPTED");
        }
    }
}
