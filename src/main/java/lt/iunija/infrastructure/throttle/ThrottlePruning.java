package lt.iunija.infrastructure.throttle;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Every ten minutes, deletes the throttle events whose window has passed and the keys quiet for a day, so the
 * tables hold about one window of traffic. Every node runs it; deleting what another node has just deleted is
 * harmless.
 */
@Singleton
public class ThrottlePruning {

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void prune() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        em.createQuery("delete from ThrottleEvent e where e.expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate();
        em.createQuery("delete from ThrottleKey k where k.lastUsedAt < :dayAgo")
                .setParameter("dayAgo", now.minusDays(1))
                .executeUpdate();
    }
}
