package lt.iunija.smartid;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.HashType;
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
import java.util.Optional;
import lt.iunija.tenant.SmartIdPurpose;

/**
 * The record of one Smart-ID authentication started by the portal: for which union and person, why, the
 * Smart-ID session and verification code, when, from where, and how it ended. Times are UTC.
 */
@Entity
@Table(name = "smart_id_attempt")
@NamedQuery(
        name = SmartIdAttempt.FIND_BY_IDENTITY_BETWEEN,
        query =
                "select a from SmartIdAttempt a where a.semanticsIdentifier = :identity and a.startedAt between :from and :to order by a.startedAt")
@NamedQuery(
        name = SmartIdAttempt.INTERRUPT_ABANDONED,
        query =
                "update SmartIdAttempt a set a.outcome = :interrupted, a.endedAt = :now where a.outcome is null and a.startedAt < :before")
@NamedQuery(name = SmartIdAttempt.FIND_BY_WAIT, query = "select a from SmartIdAttempt a where a.waitId = :wait")
@NamedQuery(
        name = SmartIdAttempt.END,
        query =
                "update SmartIdAttempt a set a.outcome = :outcome, a.endedAt = :now, a.givenName = :givenName, a.surname = :surname "
                        + "where a.id = :id and a.outcome is null")
@NamedQuery(
        name = SmartIdAttempt.TAKE_OVER,
        query = "update SmartIdAttempt a set a.followedBy = :node, a.leaseUntil = :until "
                + "where a.id = :id and a.outcome is null and a.leaseUntil < :now")
@NamedQuery(
        name = SmartIdAttempt.RENEW_LEASES,
        query = "update SmartIdAttempt a set a.leaseUntil = :until where a.followedBy = :node and a.outcome is null")
@NamedQuery(
        name = SmartIdAttempt.FIND_RECENT_BY_IDENTITY,
        query =
                "select a from SmartIdAttempt a where a.semanticsIdentifier = :identity and a.startedAt >= :since order by a.startedAt desc")
public class SmartIdAttempt {

    public static final String FIND_RECENT_BY_IDENTITY = "SmartIdAttempt.findRecentByIdentity";
    public static final String FIND_BY_IDENTITY_BETWEEN = "SmartIdAttempt.findByIdentityBetween";
    static final String INTERRUPT_ABANDONED = "SmartIdAttempt.interruptAbandoned";
    static final String FIND_BY_WAIT = "SmartIdAttempt.findByWait";
    static final String END = "SmartIdAttempt.end";
    static final String TAKE_OVER = "SmartIdAttempt.takeOver";
    static final String RENEW_LEASES = "SmartIdAttempt.renewLeases";

    @Id
    @SequenceGenerator(name = "iunija_seq", sequenceName = "iunija_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iunija_seq")
    private Long id;

    @Column(nullable = false, length = 32)
    private String tenant;

    @Column(name = "semantics_identifier", nullable = false, length = 40)
    private String semanticsIdentifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SmartIdPurpose purpose;

    @Column(name = "session_id", length = 64)
    private String sessionId;

    @Column(name = "verification_code", length = 4)
    private String verificationCode;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AuthenticationOutcome outcome;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "user_agent", length = 300)
    private String userAgent;

    @Column(name = "from_known_browser", nullable = false)
    private boolean fromKnownBrowser;

    /** UTC. The sessions this attempt opened were ended then (a report proved it was not the member's). */
    @Column(name = "sessions_revoked_at")
    private LocalDateTime sessionsRevokedAt;

    /** The wait's id on the member's page: how another node finds this attempt when the page polls there. */
    @Column(name = "wait_id")
    private Long waitId;

    /** The random hash the answer must sign (base64), so that any node can judge the answer. */
    @Column(name = "authentication_hash", length = 100)
    private String authenticationHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "hash_type", length = 10)
    private HashType hashType;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    /** The node that follows the Smart-ID session now, and until when it has said it is alive. */
    @Column(name = "followed_by", length = 36)
    private String followedBy;

    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    /** For an attempt Smart-ID proved: the name it proved. */
    @Column(name = "given_name", length = 100)
    private String givenName;

    @Column(length = 100)
    private String surname;

    protected SmartIdAttempt() {}

    public SmartIdAttempt(
            String tenant,
            String semanticsIdentifier,
            SmartIdPurpose purpose,
            ClientInfo client,
            boolean fromKnownBrowser) {
        this.fromKnownBrowser = fromKnownBrowser;
        this.tenant = tenant;
        this.semanticsIdentifier = semanticsIdentifier;
        this.purpose = purpose;
        this.clientAddress = client.address();
        this.userAgent = client.storedUserAgent();
        this.startedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    void started(
            String sessionId,
            String verificationCode,
            long waitId,
            AuthenticationHash hash,
            LocalDateTime expiresAt,
            String node,
            LocalDateTime leaseUntil) {
        this.sessionId = sessionId;
        this.verificationCode = verificationCode;
        this.waitId = waitId;
        this.authenticationHash = hash.getHashInBase64();
        this.hashType = hash.getHashType();
        this.expiresAt = expiresAt;
        this.followedBy = node;
        this.leaseUntil = leaseUntil;
    }

    void ended(AuthenticationOutcome outcome) {
        this.outcome = outcome;
        this.endedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    void revokeSessions() {
        if (sessionsRevokedAt == null) {
            sessionsRevokedAt = LocalDateTime.now(ZoneOffset.UTC);
        }
    }

    public boolean isFromKnownBrowser() {
        return fromKnownBrowser;
    }

    public boolean sessionsRevoked() {
        return sessionsRevokedAt != null;
    }

    /** The hash the answer to this attempt must sign (for a node that takes over following it). */
    AuthenticationHash authenticationHash() {
        AuthenticationHash hash = new AuthenticationHash();
        hash.setHashInBase64(authenticationHash);
        hash.setHashType(hashType);
        return hash;
    }

    /** What a waiting page needs of this attempt, read from its record (on a node that did not start it). */
    AttemptState state() {
        Optional<VerifiedPerson> person = outcome == AuthenticationOutcome.OK && givenName != null
                ? Optional.of(new VerifiedPerson(semanticsIdentifier, givenName, surname))
                : Optional.empty();
        return new AttemptState(
                waitId,
                tenant,
                semanticsIdentifier,
                verificationCode,
                expiresAt.toInstant(ZoneOffset.UTC),
                Optional.ofNullable(outcome),
                person);
    }

    Long getWaitId() {
        return waitId;
    }

    LocalDateTime getLeaseUntil() {
        return leaseUntil;
    }

    public Long getId() {
        return id;
    }

    public String getTenant() {
        return tenant;
    }

    public String getSemanticsIdentifier() {
        return semanticsIdentifier;
    }

    public SmartIdPurpose getPurpose() {
        return purpose;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public AuthenticationOutcome getOutcome() {
        return outcome;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }
}
