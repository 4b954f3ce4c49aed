package lt.iunija.incident;

import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Human-friendly incident references, numbered per union and year: {@code NEMUNAS-2026-0007}. The counter row
 * is locked for the rest of the report's transaction, so two reports never get the same number.
 */
@ApplicationScoped
public class ReferenceNumbers {

    private static final Logger LOG = Logger.getLogger(ReferenceNumbers.class.getName());

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    @Inject
    CounterCreator creator;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String tenant, LocalDate today) {
        String key = tenant + ":" + today.getYear();
        IncidentCounter counter = em.find(IncidentCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                creator.create(key);
            } catch (RuntimeException e) {
                // Another report created it at the same moment: use theirs.
                LOG.fine(() -> "Counter " + key + " created concurrently: " + e);
            }
            counter = em.find(IncidentCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return format(tenant, today.getYear(), counter.next());
    }

    static String format(String tenant, int year, long number) {
        return String.format(Locale.ROOT, "%s-%d-%04d", tenant.toUpperCase(Locale.ROOT), year, number);
    }

    /** Creates a union's counter of the year in a transaction of its own, so a lost race harms nothing else. */
    @ApplicationScoped
    public static class CounterCreator {

        @PersistenceContext(unitName = "iunija")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(String key) {
            em.persist(new IncidentCounter(key));
        }
    }
}
