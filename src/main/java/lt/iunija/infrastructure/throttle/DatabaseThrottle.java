package lt.iunija.infrastructure.throttle;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

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
    KeyRows keyRows;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(Budget budget, String key) {
        String stored = budget.storedKey(key);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        lock(stored, now);
        long counted = em.createQuery("select count(e) from ThrottleEvent e where e.key = :key and e.expiresAt > :now", Long.class)
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
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        lock(stored, now);
        em.createQuery("select e from ThrottleEvent e where e.key = :key and e.expiresAt > :now order by e.countedAt desc, e.id desc",
                        ThrottleEvent.class)
                .setParameter("key", stored)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(em::remove);
    }

    /** Locks the key's row (made first if it is new), so that counting the key is one node's at a time. */
    private void lock(String stored, LocalDateTime now) {
        ThrottleKey row = em.find(ThrottleKey.class, stored, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            try {
                keyRows.create(stored, now);
            } catch (RuntimeException createdMeanwhile) {
                // Another node made the same row at the same moment: the lock below waits for it.
            }
            row = em.find(ThrottleKey.class, stored, LockModeType.PESSIMISTIC_WRITE);
        }
        row.used(now);
    }

    /** Makes a key's row in a transaction of its own, so that losing the race to another node breaks nothing. */
    @ApplicationScoped
    static class KeyRows {

        @PersistenceContext(unitName = "iunija")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(String stored, LocalDateTime now) {
            em.persist(new ThrottleKey(stored, now));
        }
    }
}
