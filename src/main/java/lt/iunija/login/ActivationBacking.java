package lt.iunija.login;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lt.iunija.routing.CurrentPage;
import lt.iunija.routing.UnionPage;
import lt.iunija.tenant.Union;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The first Smart-ID login at a union: "Key/Code (N)" from the member's code card. Only a Smart-ID login that
 * has just been proven reaches this page; leaving it half way activates nothing.
 */
@Named
@ViewScoped
public class ActivationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LoginService logins;

    @Inject
    CurrentPage page;

    @Inject
    MemberSession session;

    @Inject
    LoginEntry entry;

    private String code;

    /** View action: runs before anything is rendered. */
    public void requirePendingActivation() {
        if (session.pendingActivation(page.getUnion().id()) == null) {
            Faces.redirect(page.url(UnionPage.LOGIN));
        }
    }

    public int getPosition() {
        MemberSession.PendingActivation pending =
                session.pendingActivation(page.getUnion().id());
        return pending == null ? 0 : pending.cardPosition();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void confirm() {
        Union union = page.getUnion();
        MemberSession.PendingActivation pending = session.pendingActivation(union.id());
        if (pending == null) {
            Faces.redirect(page.url(UnionPage.LOGIN));
            return;
        }
        LoginService.CardCheck check = logins.confirmWithCard(pending.membershipId(), pending.cardPosition(), code);
        switch (check) {
            case ACTIVATED -> {
                entry.logIn(
                        union,
                        MemberSession.Member.loggedInNow(
                                union.id(),
                                pending.membershipId(),
                                pending.semanticsIdentifier(),
                                pending.name(),
                                pending.attemptId()));
                Messages.addFlashGlobalInfo("activate.done");
                Faces.redirect(page.url(UnionPage.HOME));
            }
            case WRONG -> {
                session.awaitActivation(pending.withCardPosition(logins.randomCardPosition()));
                code = null;
                Messages.addGlobalError("activate.wrong");
            }
            case LOCKED, BLOCKED -> {
                session.logOut();
                Messages.addFlashGlobalError(
                        check == LoginService.CardCheck.LOCKED ? "login.card_locked" : "login.blocked",
                        union.contacts().phone(),
                        union.contacts().email());
                Faces.redirect(page.url(UnionPage.LOGIN));
            }
        }
    }
}
