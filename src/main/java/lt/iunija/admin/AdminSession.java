package lt.iunija.admin;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The admin logged in in this browser session, and for which union. Kept apart from the member session: a
 * member login never makes anyone an admin, and an admin login is not a member login.
 */
@SessionScoped
public class AdminSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An admin of one union, proven by Smart-ID. */
    public record Admin(String tenant, String semanticsIdentifier, String name) implements Serializable {}

    private Admin admin;

    public boolean isAdminAt(String tenant) {
        return admin != null && admin.tenant().equals(tenant);
    }

    public Admin admin() {
        return admin;
    }

    public void logIn(Admin loggedIn) {
        admin = loggedIn;
    }

    public void logOut() {
        admin = null;
    }
}
