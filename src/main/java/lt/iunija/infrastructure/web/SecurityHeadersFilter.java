package lt.iunija.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts the browser-side protections (README, Security) on every response. Faces pages get the same policy from
 * PrimeFaces with a per-request script nonce added; the wrapper makes that header replace ours instead of
 * adding a second, stricter one that would block the nonced scripts. A download that resets the response
 * (PrimeFaces' CSV export does) gets the headers again. Everything but static resources (scripts, styles, logos)
 * is {@code Cache-Control: no-store}: pages and exports show personal data, and a shared computer's cache or
 * back button must not show them to the next person.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean cacheable = isStaticResource(request.getRequestURI());
        boolean https = request.isSecure();
        apply(response, cacheable, https);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void reset() {
                super.reset();
                apply(this, cacheable, https);
            }
        });
    }

    private static void apply(HttpServletResponse response, boolean cacheable, boolean https) {
        response.setHeader(CSP, ContentSecurityPolicy.POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!cacheable) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (https) {
            // Over HTTPS (directly, or as a trusted proxy says): never plain HTTP again for a year.
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    static boolean isStaticResource(String uri) {
        return uri.contains("/jakarta.faces.resource/") || uri.endsWith("/logo");
    }
}
