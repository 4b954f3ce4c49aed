package lt.iunija.login;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import lt.iunija.infrastructure.config.CardSecret;
import lt.iunija.member.CodeCard;
import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.smartid.ClientInfo;
import lt.iunija.smartid.SmartIdAttempt;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.tenant.Union;

/**
 * The rules of member login at a union: which membership a user number is, whether its Smart-ID login may
 * start, and what a proven Smart-ID identity leads to (home, or the code card first). An unknown user number
 * gets a decoy wait that ends like a failed Smart-ID login, so the page never tells who is a member.
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
    @ConfigProperty(name = "iunija.login.decoy-ms", defaultValue = "4000")
    long decoyMillis;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.session-seconds", defaultValue = "120")
    int sessionSeconds;

    /** A wait for nobody: looks like a Smart-ID wait and ends like a failed one. */
    private record Decoy(AttemptState state, Instant endsAt) {
    }

    private final Map<Long, Decoy> decoys = new ConcurrentHashMap<>();

    /** How a login start went: a Smart-ID wait (real or decoy), or a refusal before Smart-ID. */
    public record Start(Optional<AttemptState> waiting, Optional<String> refusalKey) {
    }

    public Start start(Union union, String userNumber, ClientInfo client) {
        Optional<Membership> membership = memberships.findByUserNumber(union.id(), userNumber);
        if (membership.isEmpty()) {
            return new Start(Optional.of(decoy(union)), Optional.empty());
        }
        if (membership.get().isSmartIdBlocked()) {
            return new Start(Optional.empty(), Optional.of("login.blocked"));
        }
        if (membership.get().isCardLocked()) {
            return new Start(Optional.empty(), Optional.of("login.card_locked"));
        }
        AttemptState state = smartId.start(union, membership.get().getPerson().getSemanticsIdentifier(),
                SmartIdAttempt.Purpose.MEMBER_LOGIN, client);
        return new Start(Optional.of(state), Optional.empty());
    }

    /** The state of a wait this service started; a decoy ends after the usual delay, as "not successful". */
    public Optional<AttemptState> state(long attemptId) {
        Decoy decoy = decoys.get(attemptId);
        if (decoy != null) {
            AttemptState waiting = decoy.state();
            if (Instant.now().isAfter(decoy.endsAt())) {
                decoys.remove(attemptId);
                return Optional.of(new AttemptState(attemptId, waiting.tenant(), null, waiting.verificationCode(),
                        waiting.expiresAt(), Optional.of(AuthenticationOutcome.ACCOUNT_NOT_FOUND), Optional.empty()));
            }
            return Optional.of(waiting);
        }
        return smartId.state(attemptId);
    }

    public void cancel(long attemptId) {
        decoys.remove(attemptId);
        smartId.cancel(attemptId);
    }

    /**
     * What a successful Smart-ID login leads to: the membership it proved, and whether the code card must
     * confirm it first (the first Smart-ID login at this union).
     */
    @Transactional
    public Optional<Membership> provenMembership(Union union, AttemptState state) {
        if (state.outcome().orElse(null) != AuthenticationOutcome.OK || state.person().isEmpty()) {
            return Optional.empty();
        }
        return memberships.findByIdentity(state.person().get().semanticsIdentifier()).stream()
                .filter(membership -> membership.getTenant().equals(union.id()))
                .findFirst()
                .map(membership -> {
                    membership.getPerson().rename(state.person().get().givenName(), state.person().get().surname());
                    return membership;
                });
    }

    /** A random card position for the activation question. */
    public int randomCardPosition() {
        return 1 + RANDOM.nextInt(CodeCard.SIZE);
    }

    /** The answer to "Key/Code (N)". */
    public enum CardCheck { ACTIVATED, WRONG, LOCKED }

    @Transactional
    public CardCheck confirmWithCard(long membershipId, int position, String code) {
        Membership membership = memberships.find(membershipId).orElseThrow();
        if (membership.isCardLocked()) {
            return CardCheck.LOCKED;
        }
        if (membership.getCodeCard().matches(position, code, cardSecret.bytes())) {
            membership.activateSmartId();
            return CardCheck.ACTIVATED;
        }
        return membership.registerCardFailure(cardMaxFailures) ? CardCheck.LOCKED : CardCheck.WRONG;
    }

    private AttemptState decoy(Union union) {
        long id = -1 - RANDOM.nextInt(Integer.MAX_VALUE);
        AttemptState waiting = new AttemptState(id, union.id(), null, String.format("%04d", RANDOM.nextInt(10000)),
                Instant.now().plusSeconds(sessionSeconds), Optional.empty(), Optional.empty());
        decoys.put(id, new Decoy(waiting, Instant.now().plusMillis(decoyMillis + RANDOM.nextInt(2000))));
        return waiting;
    }
}
