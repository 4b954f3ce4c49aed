package lt.iunija.smartid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Pauses of Smart-ID initiations per person (see {@link SmartIdMute}). Kept in the database, so a restart or
 * another node does not lift them.
 */
@ApplicationScoped
public class InitiationMutes {

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    /** Pauses new initiations for the person until {@code until} (UTC), or longer if already paused longer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mute(String semanticsIdentifier, LocalDateTime until, long incidentId) {
        SmartIdMute existing = em.find(SmartIdMute.class, semanticsIdentifier);
        if (existing == null) {
            em.persist(new SmartIdMute(semanticsIdentifier, until, incidentId));
        } else {
            existing.extendTo(until, incidentId);
        }
    }

    /** The end of the person's current pause, if one is in force (in a transaction: it runs off request threads). */
    @Transactional
    public Optional<LocalDateTime> mutedUntil(String semanticsIdentifier) {
        SmartIdMute mute = em.find(SmartIdMute.class, semanticsIdentifier);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return mute == null || !mute.getMutedUntil().isAfter(now)
                ? Optional.empty()
                : Optional.of(mute.getMutedUntil());
    }

    /** An admin confirmed with the person that they may log in again: the pause ends now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lift(String semanticsIdentifier) {
        SmartIdMute mute = em.find(SmartIdMute.class, semanticsIdentifier);
        if (mute == null) {
            return false;
        }
        em.remove(mute);
        return true;
    }
}
