package lt.iunija.smartid.web;

import java.util.Map;
import java.util.Optional;
import lt.iunija.smartid.BrowserToken;
import lt.iunija.smartid.ClientInfo;
import org.omnifaces.util.Faces;

/** The client of the current Faces request, as Smart-ID attempts and known browsers record it. */
public final class RequestClient {

    private RequestClient() {}

    /**
     * The address, user agent and known-browser token of the current request. The address is the request's own
     * (which the portal's forwarded-request filter sets from trusted proxies only), never OmniFaces'
     * {@code Faces.getRemoteAddr()}, which believes any client's X-Forwarded-For.
     */
    public static ClientInfo info() {
        return new ClientInfo(Faces.getRequest().getRemoteAddr(), Faces.getRequestHeader("User-Agent"), browserToken());
    }

    /** The browser's known-browser token, when it sent one. */
    public static Optional<BrowserToken> browserToken() {
        return Optional.ofNullable(Faces.getRequestCookie(BrowserToken.COOKIE)).flatMap(BrowserToken::parse);
    }

    /**
     * The browser's token, or a new one given to it now: called when a login completes, so the browser is known
     * from then on. The cookie is HttpOnly, for the whole portal, {@code Secure} over HTTPS, and lives 400 days.
     */
    public static BrowserToken browserTokenGivenIfNone() {
        return browserToken().orElseGet(() -> {
            BrowserToken token = BrowserToken.random();
            Faces.getExternalContext()
                    .addResponseCookie(
                            BrowserToken.COOKIE,
                            token.value(),
                            Map.of(
                                    "path",
                                    "/",
                                    "maxAge",
                                    BrowserToken.COOKIE_MAX_AGE_SECONDS,
                                    "httpOnly",
                                    true,
                                    "secure",
                                    Faces.getRequest().isSecure(),
                                    "SameSite",
                                    "Lax"));
            return token;
        });
    }
}
