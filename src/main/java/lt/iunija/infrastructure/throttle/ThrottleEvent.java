package lt.iunija.infrastructure.throttle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One counted event of a key; it stops counting when its budget's window has passed over it. */
@Entity
@Table(name = "throttle_event")
class ThrottleEvent {

    @Id
    @SequenceGenerator(name = "iunija_seq", sequenceName = "iunija_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iunija_seq")
    private Long id;

    @Column(name = "key_id", nullable = false, length = 110)
    private String key;

    @Column(name = "counted_at", nullable = false)
    private LocalDateTime countedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected ThrottleEvent() {}

    ThrottleEvent(String key, LocalDateTime countedAt, LocalDateTime expiresAt) {
        this.key = key;
        this.countedAt = countedAt;
        this.expiresAt = expiresAt;
    }
}
