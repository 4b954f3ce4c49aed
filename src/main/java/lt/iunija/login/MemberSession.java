package lt.iunija.login;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Who is logged in in this browser session, and at which union: a session belongs to one union only.
 * Also carries a Smart-ID login waiting for its code-card confirmation, which is not a login yet.
 */
@SessionScoped
public class MemberSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A member who is logged in at one union since {@code loggedInAt} (UTC), by the Smart-ID attempt
     * {@code attemptId} (a report that Smart-ID proved that attempt ends this session).
     */
    public record Member(
            String tenant,
            long membershipId,
            String semanticsIdentifier,
            String name,
            LocalDateTime loggedInAt,
            long attemptId)
            implements Serializable {

        public static Member loggedInNow(
                String tenant, long membershipId, String semanticsIdentifier, String name, long attemptId) {
            return new Member(
                    tenant, membershipId, semanticsIdentifier, name, LocalDateTime.now(ZoneOffset.UTC), attemptId);
        }
    }

    /** Proven by Smart-ID (attempt {@code attemptId}), but the union still needs the code card once. */
    public record PendingActivation(
            String tenant, long membershipId, String semanticsIdentifier, String name, int cardPosition, long attemptId)
            implements Serializable {

        /** The same login, asking for another card position. */
        public PendingActivation withCardPosition(int position) {
            return new PendingActivation(tenant, membershipId, semanticsIdentifier, name, position, attemptId);
        }
    }

    private Member member;
    private PendingActivation pendingActivation;

    public boolean isLoggedInAt(String tenant) {
        return member != null && member.tenant().equals(tenant);
    }

    public Member member() {
        return member;
    }

    public void logIn(Member loggedIn) {
        this.member = loggedIn;
        this.pendingActivation = null;
    }

    public void awaitActivation(PendingActivation pending) {
        this.member = null;
        this.pendingActivation = pending;
    }

    public PendingActivation pendingActivation(String tenant) {
        return pendingActivation != null && pendingActivation.tenant().equals(tenant) ? pendingActivation : null;
    }

    public void logOut() {
        member = null;
        pendingActivation = null;
    }
}
