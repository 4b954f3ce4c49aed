package lt.iunija.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import lt.iunija.member.Country;
import lt.iunija.smartid.SmartIdAttempt;

/**
 * One report of a Smart-ID prompt that a member did not start, at one union: what the reporter told us, the
 * recorded attempts it matched, how severe it is and where its handling stands. Times are UTC.
 */
@Entity
public class Incident {

    @Id
    @SequenceGenerator(name = "iunija_seq", sequenceName = "iunija_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iunija_seq")
    private Long id;

    @Column(nullable = false, length = 32)
    private String tenant;

    @Column(nullable = false, length = 40)
    private String reference;

    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedAt;

    @Column(name = "prompt_at", nullable = false)
    private LocalDateTime promptAt;

    /** The user number or personal code as the reporter typed it. */
    @Column(nullable = false, length = 40)
    private String subject;

    @Column(name = "subject_country", length = 2)
    @Enumerated(EnumType.STRING)
    private Country subjectCountry;

    @Column(name = "verification_code", length = 4)
    private String verificationCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_action", nullable = false, length = 20)
    private ReporterAction reporterAction;

    @Column(nullable = false, length = 120)
    private String contact;

    @Column(length = 2000)
    private String description;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "user_agent", length = 300)
    private String userAgent;

    /** The membership at this union the report is about, when the subject names one. */
    @Column(name = "membership_id")
    private Long membershipId;

    @Column(name = "semantics_identifier", length = 40)
    private String semanticsIdentifier;

    @Column(nullable = false)
    private boolean matched;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Resolution resolution;

    /** The semantics identifier of the admin who took it. */
    @Column(length = 40)
    private String assignee;

    @Column(name = "mail_sent_at")
    private LocalDateTime mailSentAt;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mail_next_try")
    private LocalDateTime mailNextTry;

    @ManyToMany
    @JoinTable(
            name = "incident_attempt",
            joinColumns = @JoinColumn(name = "incident_id"),
            inverseJoinColumns = @JoinColumn(name = "attempt_id"))
    @OrderBy("startedAt")
    private List<SmartIdAttempt> attempts = new ArrayList<>();

    @Version
    private long version;

    protected Incident() {}

    public Incident(
            String tenant,
            String reference,
            IncidentReport report,
            ReportSubject subject,
            List<SmartIdAttempt> matchedAttempts,
            Severity severity) {
        this.tenant = tenant;
        this.reference = reference;
        this.reportedAt = LocalDateTime.now(ZoneOffset.UTC);
        this.promptAt = report.promptAtUtc();
        this.subject = report.subject();
        this.subjectCountry = report.country();
        this.verificationCode = report.verificationCode().orElse(null);
        this.reporterAction = report.action();
        this.contact = report.contact();
        this.description = report.description().orElse(null);
        this.clientAddress = report.client().address();
        this.userAgent = report.client().storedUserAgent();
        this.membershipId = subject.membershipId().orElse(null);
        this.semanticsIdentifier = subject.semanticsIdentifier().orElse(null);
        this.attempts = new ArrayList<>(matchedAttempts);
        this.matched = !matchedAttempts.isEmpty();
        this.severity = severity;
        this.status = IncidentStatus.NEW;
        // The e-mail is sent right after the commit; the retry sweep only picks it up if that never happened.
        this.mailNextTry = reportedAt.plusMinutes(2);
    }

    /** An admin takes the incident: it is theirs, and handling has begun. */
    public void assignTo(String admin) {
        assignee = admin;
        if (status == IncidentStatus.NEW) {
            status = IncidentStatus.IN_PROGRESS;
        }
    }

    /** @param newResolution required for RESOLVED, ignored otherwise */
    public void changeStatus(IncidentStatus newStatus, Resolution newResolution) {
        if (newStatus == IncidentStatus.RESOLVED && newResolution == null) {
            throw new IllegalArgumentException("A resolved incident needs a resolution");
        }
        status = newStatus;
        resolution = newStatus == IncidentStatus.RESOLVED ? newResolution : null;
    }

    void mailSent() {
        mailSentAt = LocalDateTime.now(ZoneOffset.UTC);
        mailAttempts++;
        mailNextTry = null;
    }

    void mailFailed(LocalDateTime nextTry) {
        mailAttempts++;
        mailNextTry = nextTry;
    }

    public Long getId() {
        return id;
    }

    public String getTenant() {
        return tenant;
    }

    public String getReference() {
        return reference;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public LocalDateTime getPromptAt() {
        return promptAt;
    }

    public String getSubject() {
        return subject;
    }

    public Country getSubjectCountry() {
        return subjectCountry;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public ReporterAction getReporterAction() {
        return reporterAction;
    }

    public String getContact() {
        return contact;
    }

    public String getDescription() {
        return description;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public String getSemanticsIdentifier() {
        return semanticsIdentifier;
    }

    public boolean isMatched() {
        return matched;
    }

    public Severity getSeverity() {
        return severity;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getAssignee() {
        return assignee;
    }

    public LocalDateTime getMailSentAt() {
        return mailSentAt;
    }

    public LocalDateTime getMailNextTry() {
        return mailNextTry;
    }

    public long getVersion() {
        return version;
    }

    public int getMailAttempts() {
        return mailAttempts;
    }

    public List<SmartIdAttempt> getAttempts() {
        return attempts;
    }
}
