package lt.iunija.infrastructure.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Two holes in how Faces treats requests, closed before Faces sees them:
 * <ul>
 * <li>Mojarra treats a GET that carries {@code jakarta.faces.ViewState} and a button's parameter as a postback and
 * runs its action: a link could make a logged-in admin add a note, or a member log out. Such a GET is sent to the
 * plain page instead, with nothing run.</li>
 * <li>A form post without the session cookie (a cross-site post: the cookie is {@code SameSite}; or a session
 * that is gone) cannot be a postback of a view whose state the session kept, and answering it would create a
 * session whose cookie replaces the browser's own, logging the member out. It gets the page afresh by GET instead
 * (which carries the browser's cookie), and no session is created.</li>
 * <li>The public pages are stateless views (no session until a visitor submits something), so their posts carry
 * no session-bound view state to prove where they come from. Such a post is let in only when the browser says it
 * was sent by a page of this very site ({@code Sec-Fetch-Site: same-origin}, or else an {@code Origin} naming this
 * host); from anywhere else it gets the page afresh by GET, like the post above.</li>
 * <li>A stale view's plain (non-Ajax) post lands on the "page has expired" page, rendered as a page of its own.</li>
 * </ul>
 */
public class FacesRequestGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** The view state a stateless view's form posts (Mojarra's marker). */
    static final String STATELESS = "stateless";

    private static final String EXPIRED_VIEW = "/WEB-INF/errorpages/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isGetWithViewState(request) || isFormPostWithoutSession(request) || isStatelessPostFromElsewhere(request)) {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + escape(request.getRequestURI()) + "\"/></partial-response>");
            } else {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getRequestURI());
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isViewExpired(e) || response.isCommitted()) {
                throw e;
            }
            // A stale view's plain post: the expired page, rendered afresh (as a GET without that view state,
            // or Faces would try to restore the expired page itself from it and fail again with a bare 500).
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_OK);
            request.getRequestDispatcher(EXPIRED_VIEW).forward(new ExpiredViewRequest(request), response);
        }
    }

    private static boolean isViewExpired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    static boolean isGetWithViewState(HttpServletRequest request) {
        String query = request.getQueryString();
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) || query == null) {
            return false;
        }
        // Read from the query string itself: asking the request for a parameter would fix its encoding too early.
        for (String pair : query.split("&")) {
            String name = pair.substring(0, pair.indexOf('=') < 0 ? pair.length() : pair.indexOf('='));
            if (VIEW_STATE.equals(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    static boolean isFormPostWithoutSession(HttpServletRequest request) {
        return isFormPost(request) && request.getRequestedSessionId() == null && !isStatelessPostback(request);
    }

    static boolean isStatelessPostFromElsewhere(HttpServletRequest request) {
        return isFormPost(request)
                && isStatelessPostback(request)
                && !isFromOwnPage(
                        request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"));
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Reads the form's parameters: the request's encoding is fixed before (web.xml, request-character-encoding). */
    private static boolean isStatelessPostback(HttpServletRequest request) {
        return STATELESS.equals(request.getParameter(VIEW_STATE));
    }

    /**
     * Whether the browser sent the request from a page of this site: its Fetch Metadata when it sends them, else
     * its {@code Origin}, compared with the host the request was sent to (host and port; a default port may be left
     * out on either side). A request with neither header is no browser's form post.
     */
    static boolean isFromOwnPage(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            return "same-origin".equalsIgnoreCase(fetchSite.strip());
        }
        if (origin == null || host == null) {
            return false;
        }
        try {
            URI from = new URI(origin.strip());
            URI to = new URI(from.getScheme() + "://" + host.strip());
            return from.getHost() != null
                    && from.getHost().equalsIgnoreCase(to.getHost())
                    && portOf(from) == portOf(to)
                    && (from.getPath() == null || from.getPath().isEmpty());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int portOf(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The request as the expired page sees it: a GET without the failed post's view state. */
    private static final class ExpiredViewRequest extends HttpServletRequestWrapper {

        ExpiredViewRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
            parameters.remove(VIEW_STATE);
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    private static String escape(String uri) {
        return uri.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
