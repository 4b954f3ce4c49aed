package lt.iunija.login;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lt.iunija.infrastructure.web.Messages;
import lt.iunija.routing.CurrentPage;
import lt.iunija.tenant.Union;

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

    private String code;

    /** View action: runs before anything is rendered. */
    public void requirePendingActivation() {
        if (session.pendingActivation(page.getUnion().id()) == null) {
            redirect(page.url(""));
        }
    }

    public int getPosition() {
        MemberSession.PendingActivation pending = session.pendingActivation(page.getUnion().id());
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
            redirect(page.url(""));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        switch (logins.confirmWithCard(pending.membershipId(), pending.cardPosition(), code)) {
            case ACTIVATED -> {
                session.logIn(new MemberSession.Member(union.id(), pending.membershipId(), pending.semanticsIdentifier(), pending.name()));
                Messages.add(faces, FacesMessage.SEVERITY_INFO, "activate.done");
                faces.getExternalContext().getFlash().setKeepMessages(true);
                redirect(page.url("home"));
            }
            case WRONG -> {
                session.awaitActivation(new MemberSession.PendingActivation(union.id(), pending.membershipId(),
                        pending.semanticsIdentifier(), pending.name(), logins.randomCardPosition()));
                code = null;
                Messages.add(faces, FacesMessage.SEVERITY_ERROR, "activate.wrong");
            }
            case LOCKED -> {
                session.logOut();
                Messages.add(faces, FacesMessage.SEVERITY_ERROR, "login.card_locked", union.contacts().phone(), union.contacts().email());
                faces.getExternalContext().getFlash().setKeepMessages(true);
                redirect(page.url(""));
            }
        }
    }

    private static void redirect(String url) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(url);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
