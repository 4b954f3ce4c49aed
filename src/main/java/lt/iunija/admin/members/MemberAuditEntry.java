package lt.iunija.admin.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One line of a membership's audit trail: which admin (by identity) did what, when (UTC). */
@Entity
@Table(name = "member_audit")
@NamedQuery(
        name = MemberAuditEntry.OF_MEMBERSHIP,
        query =
                "select e from MemberAuditEntry e where e.tenant = :tenant and e.membershipId = :membershipId order by e.at, e.id")
public class MemberAuditEntry {

    static final String OF_MEMBERSHIP = "MemberAuditEntry.ofMembership";

    @Id
    @SequenceGenerator(name = "iunija_seq", sequenceName = "iunija_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iunija_seq")
    private Long id;

    @Column(nullable = false, length = 32)
    private String tenant;

    @Column(name = "membership_id", nullable = false)
    private long membershipId;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MemberAuditAction action;

    protected MemberAuditEntry() {}

    MemberAuditEntry(String tenant, long membershipId, String actor, MemberAuditAction action) {
        this.tenant = tenant;
        this.membershipId = membershipId;
        this.at = LocalDateTime.now(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public MemberAuditAction getAction() {
        return action;
    }
}
