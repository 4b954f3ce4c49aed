package lt.iunija.smartid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Optional;

/**
 * Which browsers completed a Smart-ID login of which person at which union (SK's advice for RP API v3,
 * "additional security measures"). Kept in the database: a restart or another node knows them too.
 */
@ApplicationScoped
@Transactional // reads too: see infrastructure.persistence
public class KnownBrowsers {

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    /** Whether this browser completed a login of the person at the union before (and was not forgotten since). */
    public boolean isKnown(Optional<BrowserToken> browser, String tenant, String semanticsIdentifier) {
        return browser.map(token ->
                        em.find(KnownBrowser.class, new KnownBrowser.Key(token, tenant, semanticsIdentifier)) != null)
                .orElse(false);
    }

    /** The browser just completed the login that attempt {@code attemptId} proved. */
    @Transactional
    public void remember(BrowserToken browser, String tenant, String semanticsIdentifier, long attemptId) {
        KnownBrowser.Key key = new KnownBrowser.Key(browser, tenant, semanticsIdentifier);
        KnownBrowser known = em.find(KnownBrowser.class, key);
        if (known == null) {
            em.persist(new KnownBrowser(key, attemptId));
        } else {
            known.usedAgain(attemptId);
        }
    }

    /** Forgets the browsers that these attempts made known: Smart-ID proved them, but not for the member. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetMadeBy(Collection<Long> attemptIds) {
        return attemptIds.isEmpty()
                ? 0
                : em.createNamedQuery(KnownBrowser.DELETE_MADE_BY)
                        .setParameter("attempts", attemptIds)
                        .executeUpdate();
    }

    /** Forgets the browsers that last logged someone in before {@code before} (UTC). */
    @Transactional
    public int forgetUnusedSince(java.time.LocalDateTime before) {
        return em.createNamedQuery(KnownBrowser.DELETE_UNUSED_SINCE)
                .setParameter("before", before)
                .executeUpdate();
    }
}
