package lt.iunija.smartid;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Once a night, forgets the browsers that have not logged anyone in for longer than their cookie lives: the
 * browser has dropped the cookie by then, so the row could never vouch for anyone again.
 */
@Singleton
public class KnownBrowserPruning {

    private static final Logger LOG = Logger.getLogger(KnownBrowserPruning.class.getName());

    @Inject
    KnownBrowsers knownBrowsers;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void prune() {
        int forgotten = knownBrowsers.forgetUnusedSince(
                LocalDateTime.now(ZoneOffset.UTC).minusSeconds(BrowserToken.COOKIE_MAX_AGE_SECONDS));
        if (forgotten > 0) {
            LOG.info(() -> forgotten + " known browsers unused for 400 days forgotten");
        }
    }
}
