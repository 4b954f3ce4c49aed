package lt.iunija.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.omnifaces.util.Faces;

/**
 * The logins a browser has started on union login pages, kept in its HTTP session. The login page itself is a
 * stateless view: reading it creates no session. The session begins when a member starts a login; from then on
 * the page sends a random key with each request (a hidden field, {@value #KEY_PARAMETER}) by which it finds its
 * login again. The key is known only to that page, and is worth nothing in another browser's session, so it also
 * does what Faces' view state does on other pages: a request from anywhere else finds nothing to act on.
 */
@RequestScoped
public class StartedLogins {

    /** The request parameter (a hidden field of the login form) that names the page's login. */
    public static final String KEY_PARAMETER = "started-login";

    private static final String ATTRIBUTE = StartedLogins.class.getName();
    /** Logins a browser's tabs may wait on at once; starting another forgets the oldest. */
    static final int PER_BROWSER = 4;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Requests of one browser may overlap (a check and a Cancel); the map is touched only for a moment. */
    private static final Object LOCK = new Object();

    /** The login this request's page started, if the browser's session has it. Never creates a session. */
    public Optional<Keyed> ofCurrentRequest() {
        String key = Faces.getRequestParameter(KEY_PARAMETER);
        HttpSession session = Faces.getSession(false);
        if (key == null || session == null) {
            return Optional.empty();
        }
        synchronized (LOCK) {
            return pages(session).find(key).map(login -> new Keyed(key, login));
        }
    }

    /** Keeps a login just started (creating the session); returns the key its page will send. */
    public String keep(StartedLogin login) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        change(Faces.getSession(true), pages -> pages.put(key, login));
        return key;
    }

    /** Stores what the page's last request changed (so every node of a cluster sees it). */
    public void update(String key, StartedLogin login) {
        Optional.ofNullable(Faces.getSession(false))
                .ifPresent(session -> change(session, pages -> pages.replace(key, login)));
    }

    /** The login has ended, one way or another: its page goes back to the user number. */
    public void forget(String key) {
        Optional.ofNullable(Faces.getSession(false)).ifPresent(session -> change(session, pages -> pages.remove(key)));
    }

    private static void change(HttpSession session, Consumer<Pages> change) {
        synchronized (LOCK) {
            Pages pages = pages(session);
            change.accept(pages);
            // Set again after each change: a session kept in a data grid is stored from its attributes as set.
            session.setAttribute(ATTRIBUTE, pages);
        }
    }

    private static Pages pages(HttpSession session) {
        Object pages = session.getAttribute(ATTRIBUTE);
        return pages instanceof Pages found ? found : new Pages();
    }

    /** A started login and the key its page sends. */
    public record Keyed(String key, StartedLogin login) {}

    /** The browser's started logins, oldest first. */
    private static final class Pages implements Serializable {

        private static final long serialVersionUID = 1L;

        private final LinkedHashMap<String, StartedLogin> byKey = new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StartedLogin> eldest) {
                return size() > PER_BROWSER;
            }
        };

        Optional<StartedLogin> find(String key) {
            return Optional.ofNullable(byKey.get(key));
        }

        void put(String key, StartedLogin login) {
            byKey.put(key, login);
        }

        void replace(String key, StartedLogin login) {
            byKey.replace(key, login);
        }

        void remove(String key) {
            byKey.remove(key);
        }
    }
}
