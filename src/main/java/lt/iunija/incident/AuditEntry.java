package lt.iunija.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** One line of an incident's audit trail: who (an admin's identity, or the system) did what, when (UTC). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** The actor of automatic steps. */
    public static final String SYSTEM = "SYSTEM";

    @Id
    @SequenceGenerator(name = "iunija_seq", sequenceName = "iunija_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iunija_seq")
    private Long id;

    @Column(nullable = false, length = 32)
    private String tenant;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditAction action;

    @Column(length = 2000)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(Incident incident, String actor, AuditAction action, Optional<AuditDetail> detail) {
        this.tenant = incident.getTenant();
        this.incidentId = incident.getId();
        this.at = LocalDateTime.now(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.detail = detail.map(AuditDetail::stored).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public String getTenant() {
        return tenant;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public Optional<AuditDetail> detail() {
        return AuditDetail.read(action, detail);
    }

    public boolean isBySystem() {
        return SYSTEM.equals(actor);
    }
}
