package lt.iunija.smartid;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores the record of every Smart-ID attempt, each change in its own short transaction. */
@ApplicationScoped
public class AttemptRecords {

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    @Transactional
    public long begin(SmartIdAttempt attempt) {
        em.persist(attempt);
        em.flush();
        return attempt.getId();
    }

    /** An attempt that never reached Smart-ID (throttled, or withheld while the person's logins are paused). */
    @Transactional
    public void refused(SmartIdAttempt attempt, AuthenticationOutcome outcome) {
        attempt.ended(outcome);
        em.persist(attempt);
    }

    /** Ends the sessions that these attempts opened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeSessions(java.util.Collection<Long> attemptIds) {
        attemptIds.forEach(id -> em.find(SmartIdAttempt.class, id).revokeSessions());
    }

    /** Whether the session that this attempt opened may go on. */
    public boolean sessionsRevoked(long attemptId) {
        SmartIdAttempt attempt = em.find(SmartIdAttempt.class, attemptId);
        return attempt == null || attempt.sessionsRevoked();
    }

    @Transactional
    public void started(long attemptId, String sessionId, String verificationCode) {
        em.find(SmartIdAttempt.class, attemptId).started(sessionId, verificationCode);
    }

    @Transactional
    public void ended(long attemptId, AuthenticationOutcome outcome) {
        em.find(SmartIdAttempt.class, attemptId).ended(outcome);
    }

    /**
     * Ends, as {@link AuthenticationOutcome#INTERRUPTED}, the attempts started before {@code before} (UTC) that
     * never got an outcome: the node that followed them stopped or died.
     */
    @Transactional
    public int interruptAbandoned(LocalDateTime before) {
        return em.createNamedQuery(SmartIdAttempt.INTERRUPT_ABANDONED)
                .setParameter("interrupted", AuthenticationOutcome.INTERRUPTED)
                .setParameter("now", LocalDateTime.now(java.time.ZoneOffset.UTC))
                .setParameter("before", before)
                .executeUpdate();
    }

    /** The person's attempts since a time (UTC), newest first, through every union. */
    public List<SmartIdAttempt> recentOf(String semanticsIdentifier, LocalDateTime since) {
        return em.createNamedQuery(SmartIdAttempt.FIND_RECENT_BY_IDENTITY, SmartIdAttempt.class)
                .setParameter("identity", semanticsIdentifier)
                .setParameter("since", since)
                .getResultList();
    }

    /** The person's attempts that started between two times (UTC), oldest first, through every union. */
    public List<SmartIdAttempt> between(String semanticsIdentifier, LocalDateTime from, LocalDateTime to) {
        return em.createNamedQuery(SmartIdAttempt.FIND_BY_IDENTITY_BETWEEN, SmartIdAttempt.class)
                .setParameter("identity", semanticsIdentifier)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
