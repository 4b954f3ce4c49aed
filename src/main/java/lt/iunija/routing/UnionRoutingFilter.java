package lt.iunija.routing;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import lt.iunija.i18n.Language;
import lt.iunija.i18n.LanguageChoice;
import lt.iunija.infrastructure.config.UnsafeConfiguration;
import lt.iunija.tenant.Union;
import lt.iunija.tenant.UnionRegistry;

/**
 * The front door: resolves the union from the address, picks the page's language, and forwards to the
 * Facelets view behind the public URL. Unknown unions and direct view paths are 404.
 */
public class UnionRoutingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String UNION_ATTRIBUTE = "iunija.union";
    static final String UNAVAILABLE_VIEW = "/WEB-INF/errorpages/unavailable.xhtml";
    public static final String LANGUAGE_ATTRIBUTE = "iunija.language";
    static final String LANGUAGE_COOKIE = "iunija-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    UnionRegistry registry;

    @Inject
    UnsafeConfiguration configuration;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Route route = new RouteResolver(registry::find, registry::findByHost).resolve(request.getServerName(), path);
        if (route instanceof Route.Redirect redirect) {
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + redirect.path() + (query == null ? "" : "?" + query));
        } else if (route instanceof Route.Forward forward) {
            chooseLanguage(request, response, forward.union());
            forward.union().ifPresent(union -> request.setAttribute(UNION_ATTRIBUTE, union));
            UnionLinks links = new UnionLinks(
                    request.getContextPath(), forward.union().map(Union::id).orElse(null));
            String view = forward.internalPath();
            if (!configuration.isSafe() && forward.union().isPresent() && !forward.isResource()) {
                // Never a half-working login: the union's contacts and "temporarily unavailable" (readiness says why).
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                view = UNAVAILABLE_VIEW;
            }
            request.getRequestDispatcher(view).forward(request, new PrefixingResponse(response, links));
        } else if (route instanceof Route.NotFound) {
            chooseLanguage(request, response, Optional.empty());
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            chooseLanguage(request, response, Optional.empty());
            chain.doFilter(request, response);
        }
    }

    /**
     * Forwards to a view outside every union that is served at an address of its own (the demo simulator's phone
     * page), with the links it writes rewritten to public addresses as on every routed page.
     */
    public static void forwardOutsideUnions(HttpServletRequest request, HttpServletResponse response, String view)
            throws IOException, ServletException {
        request.getRequestDispatcher(view)
                .forward(request, new PrefixingResponse(response, new UnionLinks(request.getContextPath(), null)));
    }

    private void chooseLanguage(HttpServletRequest request, HttpServletResponse response, Optional<Union> union) {
        Optional<String> requested = Optional.ofNullable(request.getParameter("lang"))
                .filter(code -> Language.fromCode(code).isPresent());
        Optional<String> remembered = cookie(request, LANGUAGE_COOKIE);
        List<java.util.Locale> browser = Collections.list(request.getLocales());
        if (request.getHeader("Accept-Language") == null) {
            browser = List.of();
        }
        Language language = LanguageChoice.choose(
                requested,
                remembered,
                browser,
                union.map(Union::defaultLanguage),
                candidate -> union.map(offering -> offering.offers(candidate)).orElse(true));
        request.setAttribute(LANGUAGE_ATTRIBUTE, language);
        if (requested.flatMap(Language::fromCode).filter(language::equals).isPresent()
                && !requested.equals(remembered)) {
            Cookie cookie = new Cookie(LANGUAGE_COOKIE, language.code());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Keeps every URL that Faces encodes for a union page inside that union's prefix. */
    private static final class PrefixingResponse extends HttpServletResponseWrapper {
        private final UnionLinks links;

        PrefixingResponse(HttpServletResponse response, UnionLinks links) {
            super(response);
            this.links = links;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(links.rewrite(url));
        }

        @Override
        public String encodeRedirectURL(String url) {
            return super.encodeRedirectURL(links.rewrite(url));
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(links.rewrite(location));
        }
    }
}
