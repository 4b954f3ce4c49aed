package lt.iunija.smartid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A pause of new Smart-ID initiations for one person, on every union, after a matched report of a prompt they
 * did not start: whoever is bombing them with prompts gets no more through the portal for a while.
 */
@Entity
@Table(name = "smart_id_mute")
public class SmartIdMute {

    @Id
    @Column(name = "semantics_identifier", length = 40)
    private String semanticsIdentifier;

    /** UTC. */
    @Column(name = "muted_until", nullable = false)
    private LocalDateTime mutedUntil;

    @Column(name = "incident_id")
    private Long incidentId;

    protected SmartIdMute() {}

    SmartIdMute(String semanticsIdentifier, LocalDateTime mutedUntil, Long incidentId) {
        this.semanticsIdentifier = semanticsIdentifier;
        this.mutedUntil = mutedUntil;
        this.incidentId = incidentId;
    }

    /** A later report extends the pause; an earlier end never shortens it. */
    void extendTo(LocalDateTime until, Long incident) {
        if (until.isAfter(mutedUntil)) {
            mutedUntil = until;
            incidentId = incident;
        }
    }

    public LocalDateTime getMutedUntil() {
        return mutedUntil;
    }
}
