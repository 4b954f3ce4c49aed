package lt.iunija.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Optional;
import lt.iunija.infrastructure.config.CardSecret;
import lt.iunija.member.CodeCard;
import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.smartid.AttemptRecords;
import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.smartid.ClientInfo;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.tenant.SmartIdPurpose;
import lt.iunija.tenant.Union;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of member login at a union: which membership a user number is, whether its Smart-ID login may
 * start, and what a proven Smart-ID identity leads to (home, or the code card first). An unknown user number
 * gets a {@link SmartIdAuthentications#decoy decoy wait}, so the page never tells who is a member.
 */
@ApplicationScoped
public class LoginService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MembershipRepository memberships;

    @Inject
    SmartIdAuthentications smartId;

    @Inject
    CardSecret cardSecret;

    @Inject
    @ConfigProperty(name = "iunija.login.card-max-failures", defaultValue = "3")
    int cardMaxFailures;

    @Inject
    AttemptRecords attempts;

    /**
     * Starts the login of whoever the user number is. Nothing here depends on whether it is a member: a
     * stranger's number gets a decoy wait with the same work, answer and length; blocks and card locks are
     * told only after Smart-ID proved the person ({@link LoginCompletion}).
     */
    public AttemptState start(Union union, String userNumber, ClientInfo client) {
        return memberships
                .findByUserNumber(union.id(), userNumber)
                .map(membership -> smartId.start(
                        union, membership.getPerson().getSemanticsIdentifier(), SmartIdPurpose.MEMBER_LOGIN, client))
                .orElseGet(
                        () -> smartId.decoy(union, union.id() + "/" + userNumber, SmartIdPurpose.MEMBER_LOGIN, client));
    }

    /**
     * From home, "your other unions": the person is proven already, so no user number is asked; Smart-ID
     * confirms the switch with the other union's display text, and that union's own rules apply.
     *
     * @return the Smart-ID wait, or empty when the person is not a member of {@code target}
     */
    public Optional<AttemptState> startSwitch(Union target, String semanticsIdentifier, ClientInfo client) {
        boolean member = memberships.findByIdentity(semanticsIdentifier).stream()
                .anyMatch(candidate -> candidate.getTenant().equals(target.id()));
        return member
                ? Optional.of(smartId.start(target, semanticsIdentifier, SmartIdPurpose.UNION_SWITCH, client))
                : Optional.empty();
    }

    /**
     * What a successful Smart-ID login leads to: the membership it proved, and whether the code card must
     * confirm it first (the first Smart-ID login at this union).
     */
    @Transactional
    public Optional<Membership> provenMembership(Union union, AttemptState state) {
        if (state.outcome().orElse(null) != AuthenticationOutcome.OK
                || state.person().isEmpty()) {
            return Optional.empty();
        }
        return memberships.findByIdentity(state.person().get().semanticsIdentifier()).stream()
                .filter(membership -> membership.getTenant().equals(union.id()))
                .findFirst()
                .map(membership -> {
                    membership
                            .getPerson()
                            .rename(
                                    state.person().get().givenName(),
                                    state.person().get().surname());
                    return membership;
                });
    }

    /**
     * Whether a member session may go on: not when the membership's Smart-ID login was blocked or its sessions
     * were ended (after an incident report) since the member logged in.
     */
    public boolean sessionStillValid(MemberSession.Member member) {
        return memberships
                        .find(member.membershipId())
                        .filter(membership -> !membership.isSmartIdBlocked())
                        .filter(membership -> !membership.endedSessionsSince(member.loggedInAt()))
                        .isPresent()
                && !attempts.sessionsRevoked(member.attemptId());
    }

    /** A random card position for the activation question. */
    public int randomCardPosition() {
        return 1 + RANDOM.nextInt(CodeCard.SIZE);
    }

    /** The answer to "Key/Code (N)". */
    public enum CardCheck {
        ACTIVATED,
        WRONG,
        LOCKED,
        BLOCKED
    }

    @Transactional
    public CardCheck confirmWithCard(long membershipId, int position, String code) {
        Membership membership = memberships.find(membershipId).orElseThrow();
        if (membership.isLoginBlockedFor(false)) { // a first login here: this browser is not known here yet
            return CardCheck.BLOCKED;
        }
        if (membership.isCardLocked()) {
            return CardCheck.LOCKED;
        }
        if (membership.getCodeCard().matches(position, code, cardSecret.bytes())) {
            membership.activateSmartId();
            return CardCheck.ACTIVATED;
        }
        return membership.registerCardFailure(cardMaxFailures) ? CardCheck.LOCKED : CardCheck.WRONG;
    }
}
