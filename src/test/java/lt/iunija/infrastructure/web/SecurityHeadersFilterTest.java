package lt.iunija.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The headers survive what a download does to the response (PrimeFaces' and our CSV export reset it), and only
 * static resources may be cached. The request and response are stand-ins that record headers.
 */
class SecurityHeadersFilterTest {

    private final Map<String, String> headers = new LinkedHashMap<>();

    @Test
    void aDownloadThatResetsTheResponseStillCarriesEverySecurityHeader() throws Exception {
        new SecurityHeadersFilter().doFilter(request("/nemunas/admin/"), response(), (request, response) -> {
            ((HttpServletResponse) response).reset(); // as ExternalContext.responseReset() does before a download
            ((HttpServletResponse) response).setHeader("Content-Type", "text/csv; charset=UTF-8");
        });

        for (String header : new String[] {
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "Cross-Origin-Opener-Policy"
        }) {
            assertTrue(headers.containsKey(header), header + " missing: " + headers);
        }
        assertEquals("no-store", headers.get("Cache-Control"));
        assertTrue(headers.get("Strict-Transport-Security").startsWith("max-age="), "over HTTPS, HSTS too");
        assertEquals("text/csv; charset=UTF-8", headers.get("Content-Type"));
    }

    @Test
    void onlyStaticResourcesMayBeCached() {
        assertTrue(SecurityHeadersFilter.isStaticResource("/nemunas/jakarta.faces.resource/iunija/portal.css.xhtml"));
        assertTrue(SecurityHeadersFilter.isStaticResource("/nemunas/logo"));
        assertFalse(SecurityHeadersFilter.isStaticResource("/nemunas/home"));
        assertFalse(SecurityHeadersFilter.isStaticResource("/nemunas/admin/"));
    }

    private static HttpServletRequest request(String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getDispatcherType" -> jakarta.servlet.DispatcherType.REQUEST;
                    case "isSecure" -> true;
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "reset" -> headers.clear();
                        default -> {}
                    }
                    return method.getReturnType() == boolean.class ? false : null;
                });
    }
}
