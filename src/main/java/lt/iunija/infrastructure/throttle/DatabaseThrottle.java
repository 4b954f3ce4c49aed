package lt.iunija.infrastructure.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import lt.iunija.infrastructure.persistence.RowCreation;

/**
 * The throttle every node shares: events are rows, counted under a lock on their key's row, each in a
 * transaction of its own that commits at once (a count stands even when the caller's work fails afterwards).
 * Expired events and long-quiet keys are deleted by {@link ThrottlePruning}.
 */
@ApplicationScoped
public class DatabaseThrottle implements Throttle {

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    @Inject
    RowCreation rows;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(Budget budget, String key) {
        String stored = budget.storedKey(key);
        LocalDateTime now = lock(stored);
        long counted = em.createQuery(
                        "select count(e) from ThrottleEvent e where e.key = :key and e.expiresAt > :now", Long.class)
                .setParameter("key", stored)
                .setParameter("now", now)
                .getSingleResult();
        if (counted >= budget.limit()) {
            return false;
        }
        em.persist(new ThrottleEvent(stored, now, now.plus(budget.window())));
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refund(Budget budget, String key) {
        String stored = budget.storedKey(key);
        LocalDateTime now = lock(stored);
        em.createQuery(
                        "select e from ThrottleEvent e where e.key = :key and e.expiresAt > :now order by e.countedAt desc, e.id desc",
                        ThrottleEvent.class)
                .setParameter("key", stored)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(em::remove);
    }

    /** Locks the key's row (made first if it is new), so that counting the key is one node's at a time; the time of the lock. */
    private LocalDateTime lock(String stored) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ThrottleKey row = em.find(ThrottleKey.class, stored, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            rows.createIfAbsent(ThrottleKey.class, stored, () -> new ThrottleKey(stored, now));
            row = em.find(ThrottleKey.class, stored, LockModeType.PESSIMISTIC_WRITE);
        }
        row.used(now);
        return now;
    }
}
