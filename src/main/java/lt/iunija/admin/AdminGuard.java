package lt.iunija.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lt.iunija.routing.CurrentPage;
import lt.iunija.routing.UnionPage;
import org.omnifaces.util.Faces;

/**
 * The door of every admin page ({@code <f:viewAction action="#{adminGuard.require}"/>}): only an admin of this
 * union who is still listed in its {@code admins} gets in; anyone else goes to the admin login.
 */
@Named
@RequestScoped
public class AdminGuard {

    @Inject
    AdminSession session;

    @Inject
    CurrentPage page;

    public void require() {
        if (!isAdmin()) {
            if (session.isAdminAt(page.getUnion().id())) {
                session.logOut(); // no longer listed by the operator: the admin session ends now
            }
            Faces.redirect(page.url(UnionPage.ADMIN_LOGIN));
        }
    }

    /** For actions: the same check, without the redirect. */
    public boolean isAdmin() {
        String tenant = page.getUnion().id();
        return session.isAdminAt(tenant)
                && page.getUnion().isAdmin(session.admin().semanticsIdentifier());
    }

    public String getAdminName() {
        return session.admin() == null ? "" : session.admin().name();
    }

    public void logOut() {
        session.logOut();
        Faces.redirect(page.url(UnionPage.ADMIN_LOGIN));
    }
}
