package lt.iunija.incident;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import lt.iunija.infrastructure.throttle.Budget;
import lt.iunija.infrastructure.throttle.Throttle;
import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.smartid.AttemptRecords;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.smartid.InitiationMutes;
import lt.iunija.smartid.KnownBrowsers;
import lt.iunija.smartid.SmartIdAttempt;
import lt.iunija.tenant.Union;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes a member's report of a Smart-ID prompt they did not start: finds whom it is about, matches it with the
 * recorded attempts, stores it with its reference and audit trail, and takes the automatic protective steps
 * of {@link ProtectionPolicy} by the evidence the records give, all in one transaction that has committed before the reporter sees the reference.
 */
@ApplicationScoped
public class IncidentReports {

    @Inject
    MembershipRepository memberships;

    @Inject
    AttemptRecords attempts;

    @Inject
    InitiationMutes mutes;

    @Inject
    KnownBrowsers knownBrowsers;

    @Inject
    IncidentMetrics metrics;

    @Inject
    IncidentStore store;

    @Inject
    ReferenceNumbers references;

    @Inject
    Event<IncidentReported> reported;

    @Inject
    @ConfigProperty(name = "iunija.incident.match-window-minutes", defaultValue = "20")
    int matchWindowMinutes;

    @Inject
    @ConfigProperty(name = "iunija.incident.mute-minutes", defaultValue = "30")
    int muteMinutes;

    @Inject
    @ConfigProperty(name = "iunija.report.address-limit", defaultValue = "5")
    int addressLimit;

    @Inject
    @ConfigProperty(name = "iunija.report.window-seconds", defaultValue = "3600")
    int addressWindowSeconds;

    @Inject
    Throttle throttle;

    private Budget perAddress;
    private AttemptMatcher matcher;

    @PostConstruct
    void init() {
        perAddress = new Budget("reports.per-address", addressLimit, Duration.ofSeconds(addressWindowSeconds));
        matcher = new AttemptMatcher(Duration.ofMinutes(matchWindowMinutes));
    }

    /** Whether this address may send another report now; counts the report when it may. */
    public boolean admit(String clientAddress) {
        return throttle.tryAcquire(perAddress, clientAddress);
    }

    /** Stores the report and protects the person; returns the new incident's reference. */
    @Transactional
    public String submit(Union union, IncidentReport report) {
        ReportSubject subject = subjectOf(union, report);
        List<SmartIdAttempt> matched = subject.semanticsIdentifier()
                .map(identity -> matchedAttempts(identity, report))
                .orElse(List.of());
        List<Long> proven = matched.stream()
                .filter(attempt -> attempt.getOutcome() == AuthenticationOutcome.OK)
                .map(SmartIdAttempt::getId)
                .toList();
        ProtectionPolicy.Protection protection = ProtectionPolicy.decide(
                ProtectionPolicy.Evidence.of(!matched.isEmpty(), !proven.isEmpty()), report.action());
        String reference = references.next(union.id(), LocalDate.now(union.zone()));
        Incident incident = new Incident(union.id(), reference, report, subject, matched, protection.severity());
        store.add(incident);
        store.audit(incident, AuditEntry.SYSTEM, AuditAction.REPORTED, new AuditDetail.Reported(report.action()));
        if (matched.isEmpty()) {
            store.audit(incident, AuditEntry.SYSTEM, AuditAction.NOT_MATCHED);
        } else {
            store.audit(incident, AuditEntry.SYSTEM, AuditAction.MATCHED, new AuditDetail.Matched(matched.size()));
        }
        if (protection.pauseUnknownBrowsers()) {
            LocalDateTime until = LocalDateTime.now(ZoneOffset.UTC).plusMinutes(muteMinutes);
            mutes.mute(subject.semanticsIdentifier().orElseThrow(), until, incident.getId());
            store.audit(incident, AuditEntry.SYSTEM, AuditAction.LOGINS_MUTED, new AuditDetail.PausedUntil(until));
        }
        if (protection.endProvenSessionsAndBlockUnknownBrowsers()) {
            attempts.revokeSessions(proven);
            knownBrowsers.forgetMadeBy(proven);
            memberships.find(subject.membershipId().orElseThrow()).orElseThrow().blockUnknownBrowsers();
            store.audit(incident, AuditEntry.SYSTEM, AuditAction.BLOCKED_AND_SESSIONS_ENDED);
        }
        reported.fire(new IncidentReported(incident.getId()));
        metrics.reported(protection.severity(), !matched.isEmpty());
        return reference;
    }

    /**
     * The membership at this union that the report names: by user number first, then by personal code. A
     * person who is not a member here is not matched here (their own union handles them), so a union never
     * learns about strangers' Smart-ID activity.
     */
    ReportSubject subjectOf(Union union, IncidentReport report) {
        Optional<Membership> membership = memberships
                .findByUserNumber(union.id(), report.subject().strip())
                .or(() -> report.country()
                        .semanticsIdentifier(report.subject())
                        .flatMap(identity -> memberships.findByIdentity(identity).stream()
                                .filter(candidate -> candidate.getTenant().equals(union.id()))
                                .findFirst()));
        return membership
                .map(found -> new ReportSubject(
                        Optional.of(found.getId()),
                        Optional.of(found.getPerson().getSemanticsIdentifier())))
                .orElse(ReportSubject.UNKNOWN);
    }

    private List<SmartIdAttempt> matchedAttempts(String identity, IncidentReport report) {
        LocalDateTime promptAt = report.promptAtUtc();
        return attempts.between(identity, matcher.earliest(promptAt), matcher.latest(promptAt)).stream()
                .filter(attempt -> matcher.matches(
                        new CandidateAttempt(attempt.getId(), attempt.getStartedAt(), attempt.getVerificationCode()),
                        promptAt,
                        report.verificationCode()))
                .toList();
    }
}
