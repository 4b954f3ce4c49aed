package lt.iunija.admin.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.BiConsumer;
import lt.iunija.admin.AdminGuard;
import lt.iunija.admin.AdminSession;
import lt.iunija.routing.CurrentPage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One member of the admin's union: who they are here, their Smart-ID and code-card state, blocks and pauses,
 * recent attempts here, the audit trail, and the admin's steps. The id comes from the address once; every step
 * looks the member up inside the admin's union again.
 */
@Named
@ViewScoped
public class MemberDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPage page;

    @Inject
    AdminGuard guard;

    @Inject
    AdminSession session;

    @Inject
    MemberAdministration administration;

    /** The address's id, read once; null when missing or not a number. */
    @Inject
    @Param(name = "id")
    Long requestedId;

    private Long membershipId;
    /** Read once when first needed and again after each step (pages ask many times). */
    private transient MemberAdministration.Details details;

    /** View action: admins of this union only; an id outside it is a 404. */
    public void load() {
        guard.require();
        if (Faces.isResponseComplete()) {
            return;
        }
        if (requestedId == null) {
            Faces.responseSendError(404, null);
            return;
        }
        try {
            details = administration.details(page.getUnion().id(), requestedId);
            membershipId = requestedId;
        } catch (MemberAdministration.NotFound e) {
            Faces.responseSendError(404, null);
        }
    }

    public MemberAdministration.Details getDetails() {
        if (details == null) {
            details = administration.details(page.getUnion().id(), membershipId);
        }
        return details;
    }

    public void unlockCard() {
        act(administration::unlockCard, "admin.done.unlocked");
    }

    public void blockLogin() {
        act(administration::blockLogin, "admin.done.blocked");
    }

    public void unblockLogin() {
        act(administration::unblockLogin, "admin.done.unblocked");
    }

    public void liftPause() {
        act(administration::liftPause, "admin.done.unmuted");
    }

    public void requireCardAgain() {
        act(administration::requireCardAgain, "admin.member.done.card_required");
    }

    private void act(BiConsumer<AdminSession.Admin, Long> step, String doneKey) {
        if (!guard.isAdmin() || membershipId == null) {
            Faces.responseSendError(404, null);
            return;
        }
        try {
            step.accept(session.admin(), membershipId);
            details = null;
            Messages.addGlobalInfo(doneKey);
        } catch (MemberAdministration.NotFound e) {
            Faces.responseSendError(404, null);
        }
    }
}
