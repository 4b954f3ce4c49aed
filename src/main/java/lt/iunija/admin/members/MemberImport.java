package lt.iunija.admin.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.iunija.admin.AdminSession;
import lt.iunija.admin.members.ImportProblem.Kind;
import lt.iunija.infrastructure.config.CardSecret;
import lt.iunija.member.CodeCard;
import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.member.Person;

/**
 * Stores the members of a checked file in the admin's union, all or nothing, in one transaction. A member
 * already there under the same user number and person is brought up to date (name, a new card) or left as it
 * is, so importing the same file twice changes nothing; a user number of another person, or a person already
 * there under another number, refuses the whole file. New members have not confirmed Smart-ID yet: their first
 * Smart-ID login asks for the code card. Cards are stored only as digests.
 */
@ApplicationScoped
@Transactional
public class MemberImport {

    /** What an import did, or why it did nothing. */
    public record Result(List<ImportProblem> problems, int added, int changed, int unchanged)
            implements java.io.Serializable {

        public boolean isDone() {
            return problems.isEmpty();
        }
    }

    @Inject
    MembershipRepository memberships;

    @Inject
    CardSecret cardSecret;

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    public Result run(AdminSession.Admin admin, List<ImportedMember> members) {
        String tenant = admin.tenant();
        List<ImportProblem> problems = new ArrayList<>();
        Map<ImportedMember, Membership> existing = new HashMap<>();
        for (ImportedMember member : members) {
            Optional<Membership> byNumber = memberships.findByUserNumber(tenant, member.userNumber());
            if (byNumber.isPresent()) {
                existing.put(member, byNumber.get());
                if (!byNumber.get().getPerson().getSemanticsIdentifier().equals(member.semanticsIdentifier())) {
                    problems.add(new ImportProblem(member.line(), Kind.NUMBER_TAKEN, member.userNumber()));
                }
            } else {
                memberships.findByIdentity(member.semanticsIdentifier()).stream()
                        .filter(membership -> membership.getTenant().equals(tenant))
                        .findFirst()
                        .ifPresent(elsewhere -> problems.add(
                                new ImportProblem(member.line(), Kind.PERSON_ELSEWHERE, elsewhere.getUserNumber())));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.copyOf(problems), 0, 0, 0);
        }
        int added = 0;
        int changed = 0;
        for (ImportedMember member : members) {
            CodeCard card = CodeCard.issue(member.card(), cardSecret.bytes());
            Membership membership = existing.get(member);
            if (membership == null) {
                Person person = memberships.findOrCreatePerson(member.semanticsIdentifier());
                if (person.getGivenName() == null) {
                    person.rename(member.givenName(), member.surname());
                }
                membership = new Membership(tenant, member.userNumber(), person, false, card);
                memberships.add(membership);
                em.flush(); // the membership row before its audit line, which refers to it by id only
                audit(admin, membership, MemberAuditAction.ADDED);
                added++;
            } else if (update(admin, membership, member, card)) {
                changed++;
            }
        }
        return new Result(List.of(), added, changed, members.size() - added - changed);
    }

    private boolean update(AdminSession.Admin admin, Membership membership, ImportedMember member, CodeCard card) {
        boolean changed = false;
        Person person = membership.getPerson();
        if (!member.givenName().equals(person.getGivenName())
                || !member.surname().equals(person.getSurname())) {
            person.rename(member.givenName(), member.surname());
            audit(admin, membership, MemberAuditAction.NAME_CHANGED);
            changed = true;
        }
        if (!membership.holdsCard(card)) {
            membership.replaceCard(card);
            audit(admin, membership, MemberAuditAction.CARD_REPLACED);
            changed = true;
        }
        return changed;
    }

    private void audit(AdminSession.Admin admin, Membership membership, MemberAuditAction action) {
        em.persist(new MemberAuditEntry(admin.tenant(), membership.getId(), admin.semanticsIdentifier(), action));
    }
}
