package lt.iunija.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes incidents and their audit trails. Every read names the union: an incident id from another
 * union is simply not found, so no caller can cross unions by tampering with an id.
 */
@ApplicationScoped
@Transactional // reads too: see infrastructure.persistence
public class IncidentStore {

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    public Optional<Incident> find(String tenant, long incidentId) {
        return Optional.ofNullable(em.find(Incident.class, incidentId))
                .filter(incident -> incident.getTenant().equals(tenant));
    }

    /**
     * For the portal's own background work only (e-mail); pages always go through {@link #find}. Read from the
     * database itself: another node may have changed it a moment ago.
     */
    public Optional<Incident> findAny(long incidentId) {
        return Optional.ofNullable(em.find(
                Incident.class,
                incidentId,
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Incident incident) {
        em.persist(incident);
        em.flush();
    }

    /** An audit line with no detail beyond its action. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void audit(Incident incident, String actor, AuditAction action) {
        em.persist(new AuditEntry(incident, actor, action, Optional.empty()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void audit(Incident incident, String actor, AuditAction action, AuditDetail detail) {
        em.persist(new AuditEntry(incident, actor, action, Optional.of(detail)));
    }

    public List<AuditEntry> auditTrail(String tenant, long incidentId) {
        return em.createQuery(
                        "select e from AuditEntry e where e.tenant = :tenant and e.incidentId = :incident order by e.at, e.id",
                        AuditEntry.class)
                .setParameter("tenant", tenant)
                .setParameter("incident", incidentId)
                .getResultList();
    }

    /** Incidents whose e-mail is due for another try. */
    public List<Long> mailDue(LocalDateTime now, int maxAttempts) {
        return em.createQuery(
                        "select i.id from Incident i where i.mailSentAt is null and i.mailNextTry <= :now "
                                + "and i.mailAttempts < :max order by i.mailNextTry",
                        Long.class)
                .setParameter("now", now)
                .setParameter("max", maxAttempts)
                .setMaxResults(50)
                .getResultList();
    }

    /** How many incidents' e-mails are unsent: still to be tried ({@code triesLeft}) or given up. */
    public long unsentMail(int maxAttempts, boolean triesLeft) {
        return em.createQuery(
                        "select count(i) from Incident i where i.mailSentAt is null and "
                                + (triesLeft ? "i.mailAttempts < :max" : "i.mailAttempts >= :max"),
                        Long.class)
                .setParameter("max", maxAttempts)
                .getSingleResult();
    }

    /**
     * Takes the incident's e-mail for this node until {@code until}, if no node has touched the incident since it
     * was read at {@code seenVersion} and the e-mail is still unsent. With several nodes, only the node that wins
     * this claim sends: the retry rounds of all nodes may pick the same incident. A node that dies while sending
     * leaves the e-mail due again at {@code until}. Committed at once, whatever the caller's transaction: a claim
     * that other nodes cannot see yet claims nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimMail(long incidentId, long seenVersion, LocalDateTime until) {
        return em.createNativeQuery("update incident set mail_next_try = ?, version = version + 1 "
                                + "where id = ? and version = ? and mail_sent_at is null")
                        .setParameter(1, until)
                        .setParameter(2, incidentId)
                        .setParameter(3, seenVersion)
                        .executeUpdate()
                == 1;
    }

    @Transactional
    public void mailSent(long incidentId) {
        Incident incident = em.find(Incident.class, incidentId);
        incident.mailSent();
        audit(incident, AuditEntry.SYSTEM, AuditAction.MAIL_SENT);
    }

    /** Records a failed send; only the first failure goes to the audit trail, the retries to the log. */
    @Transactional
    public void mailFailed(long incidentId, LocalDateTime nextTry, String problem) {
        Incident incident = em.find(Incident.class, incidentId);
        boolean first = incident.getMailAttempts() == 0;
        incident.mailFailed(nextTry);
        if (first) {
            audit(incident, AuditEntry.SYSTEM, AuditAction.MAIL_FAILED, new AuditDetail.Text(problem));
        }
    }
}
