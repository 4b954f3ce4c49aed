package lt.iunija.smartid;

import java.util.Optional;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a Smart-ID request came from: the member's address and browser, as recorded with the attempt, and the
 * browser's "known browser" token when it has one.
 */
public record ClientInfo(String address, String userAgent, Optional<BrowserToken> browser) {

    /** Longest user agent the records keep (the column's length). */
    public static final int STORED_USER_AGENT_LENGTH = 300;

    public ClientInfo(String address, String userAgent) {
        this(address, userAgent, Optional.empty());
    }

    /** The user agent as records store it: cut to {@link #STORED_USER_AGENT_LENGTH}. */
    public String storedUserAgent() {
        return userAgent == null ? null : userAgent.substring(0, Math.min(STORED_USER_AGENT_LENGTH, userAgent.length()));
    }

    /** The client of the current Faces request. */
    public static ClientInfo ofCurrentRequest() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"), browserOf(request));
    }

    /**
     * The browser's token, or a new one given to it now: called when a login completes, so the browser is known
     * from then on. The cookie is HttpOnly, for the whole portal, {@code Secure} over HTTPS, and lives 400 days.
     */
    public static BrowserToken browserTokenOfCurrentRequest() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        return browserOf(request).orElseGet(() -> {
            BrowserToken token = BrowserToken.random();
            external.addResponseCookie(BrowserToken.COOKIE, token.value(), java.util.Map.of(
                    "path", "/", "maxAge", BrowserToken.COOKIE_MAX_AGE_SECONDS, "httpOnly", true,
                    "secure", request.isSecure(), "SameSite", "Lax"));
            return token;
        });
    }

    private static Optional<BrowserToken> browserOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (BrowserToken.COOKIE.equals(cookie.getName())) {
                return BrowserToken.parse(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
