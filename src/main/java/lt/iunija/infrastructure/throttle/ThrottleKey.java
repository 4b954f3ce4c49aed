package lt.iunija.infrastructure.throttle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One key of one budget, as stored ({@link Budget#storedKey}). Its row is what the nodes lock, so that two nodes
 * counting the same key at the same moment take turns and the limit holds exactly.
 */
@Entity
@Table(name = "throttle_key")
class ThrottleKey {

    @Id
    @Column(length = 110)
    private String id;

    @Column(name = "last_used_at", nullable = false)
    private LocalDateTime lastUsedAt;

    protected ThrottleKey() {}

    ThrottleKey(String id, LocalDateTime now) {
        this.id = id;
        this.lastUsedAt = now;
    }

    void used(LocalDateTime now) {
        lastUsedAt = now;
    }
}
