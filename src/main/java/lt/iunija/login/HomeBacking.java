package lt.iunija.login;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.infrastructure.web.Messages;
import lt.iunija.infrastructure.web.Redirect;
import lt.iunija.routing.CurrentPage;
import lt.iunija.smartid.AttemptRecords;
import lt.iunija.smartid.SmartIdAttempt;
import lt.iunija.tenant.Union;
import lt.iunija.tenant.UnionRegistry;

/**
 * The member's home at a union: who is logged in, their recent Smart-ID activity here (to spot what they did
 * not do), and their other unions. Only a session of this union sees it; any other goes back to the login.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ACTIVITY_DAYS = 30;

    @Inject
    CurrentPage page;

    @Inject
    MemberSession session;

    @Inject
    AttemptRecords attempts;

    @Inject
    MembershipRepository memberships;

    @Inject
    UnionRegistry unions;

    @Inject
    LoginService logins;

    /** View action: runs before anything is rendered. */
    public void requireMemberOfThisUnion() {
        if (!session.isLoggedInAt(page.getUnion().id())) {
            Redirect.to(page.url(""));
            return;
        }
        if (!logins.sessionStillValid(session.member())) {
            // Ended by an incident report or an admin: the session is over, whatever the browser holds.
            endSession();
            FacesContext faces = FacesContext.getCurrentInstance();
            Messages.add(faces, FacesMessage.SEVERITY_WARN, "home.session_ended",
                    page.getUnion().contacts().phone(), page.getUnion().contacts().email());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Redirect.to(page.url(""));
        }
    }

    public String getName() {
        return session.member().name();
    }

    public List<SmartIdAttempt> getRecentActivity() {
        return attempts.recentOf(session.member().semanticsIdentifier(), LocalDateTime.now(ZoneOffset.UTC).minusDays(ACTIVITY_DAYS))
                .stream().filter(attempt -> attempt.getTenant().equals(page.getUnion().id())).limit(20).toList();
    }

    /** The person's other unions that this portal serves. */
    public List<Union> getOtherUnions() {
        return memberships.findByIdentity(session.member().semanticsIdentifier()).stream()
                .map(Membership::getTenant)
                .filter(tenant -> !tenant.equals(page.getUnion().id()))
                .map(unions::find).flatMap(java.util.Optional::stream)
                .toList();
    }

    public void logOut() {
        endSession();
        Redirect.to(page.url(""));
    }

    private void endSession() {
        session.logOut();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).getSession().invalidate();
    }
}
