package lt.iunija.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lt.iunija.incident.Incident;
import lt.iunija.incident.IncidentStatus;
import lt.iunija.tenant.LocalTimes;

/**
 * The queries behind the admin queue: one union's incidents, filtered, sorted and paged in the database.
 * The union is always the first condition; the caller cannot leave it out.
 */
@ApplicationScoped
@Transactional // reads too: see infrastructure.persistence
public class IncidentQueue {

    /** Columns an admin may sort by; anything else sorts by the report time. */
    private static final Set<String> SORTABLE =
            Set.of("reference", "reportedAt", "promptAt", "severity", "status", "matched");

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    public List<Incident> page(
            String tenant, ZoneId zone, QueueFilter filter, int first, int size, String sortField, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Incident> query = cb.createQuery(Incident.class);
        Root<Incident> incident = query.from(Incident.class);
        String field = SORTABLE.contains(sortField) ? sortField : "reportedAt";
        query.select(incident)
                .where(conditions(cb, incident, tenant, zone, filter))
                .orderBy(
                        ascending ? cb.asc(incident.get(field)) : cb.desc(incident.get(field)),
                        cb.desc(incident.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String tenant, ZoneId zone, QueueFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Incident> incident = query.from(Incident.class);
        query.select(cb.count(incident)).where(conditions(cb, incident, tenant, zone, filter));
        return em.createQuery(query).getSingleResult();
    }

    public long countNew(String tenant) {
        return em.createQuery(
                        "select count(i) from Incident i where i.tenant = :tenant and i.status = :status", Long.class)
                .setParameter("tenant", tenant)
                .setParameter("status", IncidentStatus.NEW)
                .getSingleResult();
    }

    /** Report times (UTC) and statuses since a time, for the weekly chart. */
    public List<Object[]> reportedSince(String tenant, LocalDateTime sinceUtc) {
        return em.createQuery(
                        "select i.reportedAt, i.status from Incident i where i.tenant = :tenant and i.reportedAt >= :since",
                        Object[].class)
                .setParameter("tenant", tenant)
                .setParameter("since", sinceUtc)
                .getResultList();
    }

    private static Predicate[] conditions(
            CriteriaBuilder cb, Root<Incident> incident, String tenant, ZoneId zone, QueueFilter filter) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(incident.get("tenant"), tenant));
        if (filter.getStatus() != null) {
            where.add(cb.equal(incident.get("status"), filter.getStatus()));
        }
        if (filter.getSeverity() != null) {
            where.add(cb.equal(incident.get("severity"), filter.getSeverity()));
        }
        if (filter.getMatched() != null) {
            where.add(cb.equal(incident.get("matched"), filter.getMatched()));
        }
        if (filter.getFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(
                    incident.get("reportedAt"),
                    LocalTimes.toUtc(filter.getFrom().atStartOfDay(), zone)));
        }
        if (filter.getTo() != null) {
            where.add(cb.lessThan(
                    incident.get("reportedAt"),
                    LocalTimes.toUtc(filter.getTo().plusDays(1).atStartOfDay(), zone)));
        }
        return where.toArray(Predicate[]::new);
    }
}
