package lt.iunija.smartid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A browser that completed a Smart-ID login of one person at one union: the digest of its random cookie, and
 * the attempt that made it known (a report proving that attempt was not the member's forgets the browser).
 */
@Entity
@Table(name = "known_browser")
@NamedQuery(name = KnownBrowser.DELETE_MADE_BY, query = "delete from KnownBrowser b where b.attemptId in :attempts")
@NamedQuery(name = KnownBrowser.DELETE_UNUSED_SINCE, query = "delete from KnownBrowser b where b.lastUsedAt < :before")
public class KnownBrowser {

    static final String DELETE_MADE_BY = "KnownBrowser.deleteMadeBy";
    static final String DELETE_UNUSED_SINCE = "KnownBrowser.deleteUnusedSince";

    /** Browser, union and person. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "token_hash", length = 64)
        private String tokenHash;

        @Column(length = 32)
        private String tenant;

        @Column(name = "semantics_identifier", length = 40)
        private String semanticsIdentifier;

        protected Key() {}

        Key(BrowserToken token, String tenant, String semanticsIdentifier) {
            this.tokenHash = token.digest();
            this.tenant = tenant;
            this.semanticsIdentifier = semanticsIdentifier;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && tokenHash.equals(key.tokenHash)
                    && tenant.equals(key.tenant)
                    && semanticsIdentifier.equals(key.semanticsIdentifier);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tokenHash, tenant, semanticsIdentifier);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** UTC. */
    @Column(name = "last_used_at", nullable = false)
    private LocalDateTime lastUsedAt;

    protected KnownBrowser() {}

    KnownBrowser(Key key, long attemptId) {
        this.key = key;
        this.attemptId = attemptId;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        this.lastUsedAt = createdAt;
    }

    /** Another login from this browser: it is the newest attempt that vouches for it now. */
    void usedAgain(long attempt) {
        attemptId = attempt;
        lastUsedAt = LocalDateTime.now(ZoneOffset.UTC);
    }
}
