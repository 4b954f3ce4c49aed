package lt.iunija.admin.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import lt.iunija.admin.AdminSession;
import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.member.PersonalCodes;
import lt.iunija.smartid.AttemptRecords;
import lt.iunija.smartid.InitiationMutes;
import lt.iunija.smartid.SmartIdAttempt;
import lt.iunija.tenant.Union;

/**
 * A union admin's view of and steps on the members of their union. Every method looks the membership up
 * inside the admin's union first; any other is {@link NotFound}. Every step is written to the member's audit
 * trail.
 */
@ApplicationScoped
@Transactional
public class MemberAdministration {

    private static final Pattern USER_NUMBER = Pattern.compile("[0-9]{4,12}");
    private static final int RECENT_DAYS = 90;

    /** The membership is not in this admin's union (or does not exist): answered as 404. */
    public static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Everything the member page shows, read in one transaction. */
    public record Details(
            Membership membership,
            String semanticsIdentifier,
            String name,
            Optional<LocalDateTime> pausedUntil,
            List<SmartIdAttempt> recentAttempts,
            List<MemberAuditEntry> auditTrail) {}

    @Inject
    MembershipRepository memberships;

    @Inject
    AttemptRecords attempts;

    @Inject
    InitiationMutes mutes;

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    /** The member of {@code union} a user number or personal code (with or without its country) names. */
    public Optional<Long> find(Union union, String typed) {
        String query = typed.strip();
        if (USER_NUMBER.matcher(query).matches()) {
            Optional<Membership> byNumber = memberships.findByUserNumber(union.id(), query);
            if (byNumber.isPresent()) {
                return byNumber.map(Membership::getId);
            }
        }
        return PersonalCodes.fromTyped(query, union.country()).stream()
                .flatMap(identity -> memberships.findByIdentity(identity).stream())
                .filter(membership -> membership.getTenant().equals(union.id()))
                .map(Membership::getId)
                .findFirst();
    }

    public Details details(String tenant, long membershipId) {
        Membership membership = membership(tenant, membershipId);
        String identity = membership.getPerson().getSemanticsIdentifier();
        List<SmartIdAttempt> recent =
                attempts.recentOf(identity, LocalDateTime.now(ZoneOffset.UTC).minusDays(RECENT_DAYS)).stream()
                        .filter(attempt -> attempt.getTenant().equals(tenant))
                        .limit(20)
                        .toList();
        List<MemberAuditEntry> trail = em.createNamedQuery(MemberAuditEntry.OF_MEMBERSHIP, MemberAuditEntry.class)
                .setParameter("tenant", tenant)
                .setParameter("membershipId", membershipId)
                .getResultList();
        return new Details(
                membership, identity, membership.getPerson().fullName(), mutes.mutedUntil(identity), recent, trail);
    }

    public void unlockCard(AdminSession.Admin admin, long membershipId) {
        change(admin, membershipId, Membership::unlockCard, MemberAuditAction.CARD_UNLOCKED);
    }

    /** No Smart-ID login here from any browser, and the member's open sessions end. */
    public void blockLogin(AdminSession.Admin admin, long membershipId) {
        change(admin, membershipId, Membership::blockSmartIdAndEndSessions, MemberAuditAction.LOGIN_BLOCKED);
    }

    public void unblockLogin(AdminSession.Admin admin, long membershipId) {
        change(admin, membershipId, Membership::unblockSmartId, MemberAuditAction.LOGIN_UNBLOCKED);
    }

    /** Ends the pause of new Smart-ID prompts that a report started (for the person, at every union). */
    public void liftPause(AdminSession.Admin admin, long membershipId) {
        Membership membership = membership(admin.tenant(), membershipId);
        if (mutes.lift(membership.getPerson().getSemanticsIdentifier())) {
            audit(admin, membership, MemberAuditAction.PAUSE_LIFTED);
        }
    }

    /** The next Smart-ID login here must be confirmed with the code card again. */
    public void requireCardAgain(AdminSession.Admin admin, long membershipId) {
        change(admin, membershipId, Membership::requireCardAgain, MemberAuditAction.CARD_REQUIRED_AGAIN);
    }

    private void change(
            AdminSession.Admin admin, long membershipId, Consumer<Membership> step, MemberAuditAction action) {
        Membership membership = membership(admin.tenant(), membershipId);
        step.accept(membership);
        audit(admin, membership, action);
    }

    private void audit(AdminSession.Admin admin, Membership membership, MemberAuditAction action) {
        em.persist(new MemberAuditEntry(admin.tenant(), membership.getId(), admin.semanticsIdentifier(), action));
    }

    private Membership membership(String tenant, long membershipId) {
        return memberships
                .find(membershipId)
                .filter(membership -> membership.getTenant().equals(tenant))
                .orElseThrow(NotFound::new);
    }
}
