package lt.iunija.smartid;

import ee.sk.smartid.AuthenticationHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Stores the record of every Smart-ID attempt, each change in its own short transaction. */
@ApplicationScoped
@Transactional // reads too: see infrastructure.persistence
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

    /** The prompt went out: what any node needs to follow the session, and that {@code node} follows it. */
    @Transactional
    public void started(
            long attemptId,
            String sessionId,
            AttemptState wait,
            AuthenticationHash hash,
            String node,
            Instant leaseUntil) {
        em.find(SmartIdAttempt.class, attemptId)
                .started(
                        sessionId,
                        wait.verificationCode(),
                        wait.attemptId(),
                        hash,
                        utc(wait.expiresAt()),
                        node,
                        utc(leaseUntil));
    }

    /** Gives the attempt its outcome unless it has one (another node may have ended it first); whether it did. */
    @Transactional
    public boolean ended(long attemptId, AuthenticationOutcome outcome, VerifiedPerson person) {
        return em.createNamedQuery(SmartIdAttempt.END)
                        .setParameter("outcome", outcome)
                        .setParameter("now", LocalDateTime.now(ZoneOffset.UTC))
                        .setParameter("givenName", person == null ? null : person.givenName())
                        .setParameter("surname", person == null ? null : person.surname())
                        .setParameter("id", attemptId)
                        .executeUpdate()
                == 1;
    }

    /** The attempt behind a wait that a page on this node polls, as the database has it now. */
    @Transactional
    public Optional<SmartIdAttempt> byWait(long waitId) {
        return em.createNamedQuery(SmartIdAttempt.FIND_BY_WAIT, SmartIdAttempt.class)
                .setParameter("wait", waitId)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultStream()
                .findFirst();
    }

    /**
     * Makes {@code node} the follower of a running attempt whose follower has stopped renewing its lease (it
     * died); only one node wins. Whether this one did.
     */
    @Transactional
    public boolean takeOver(long attemptId, String node, Instant leaseUntil) {
        return em.createNamedQuery(SmartIdAttempt.TAKE_OVER)
                        .setParameter("node", node)
                        .setParameter("until", utc(leaseUntil))
                        .setParameter("id", attemptId)
                        .setParameter("now", LocalDateTime.now(ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    /** {@code node} is alive and still follows its running attempts until {@code leaseUntil}. */
    @Transactional
    public void renewLeases(String node, Instant leaseUntil) {
        em.createNamedQuery(SmartIdAttempt.RENEW_LEASES)
                .setParameter("until", utc(leaseUntil))
                .setParameter("node", node)
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
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
