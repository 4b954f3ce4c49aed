package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the portal promises over plain HTTP: status codes, security headers, cookies and health. */
@ExtendWith(PortalServer.class)
class HttpContractIT {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/no-such-union/",
                "/nemunas/no-such-page",
                "/union/login.xhtml",
                "/WEB-INF/web.xml",
                "/admin/",
                "/api/"
            })
    void unknownAddressesAreNotFound(String path) {
        HttpResponse<String> response = Http.get(path);

        assertEquals(404, response.statusCode());
    }

    @Test
    void theNotFoundPageOffersThePicker() {
        HttpResponse<String> response = Http.get("/no-such-union/?lang=en");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("href=\"/nemunas/\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/nemunas/", "/daugava/smart-id", "/no-such-union/", "/health"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = Http.get(path);

        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies::toString);
        String policy = policies.get(0);
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertFalse(
                policy.contains("http:") || policy.contains("https:") || policy.contains("*"),
                "no other origins: " + policy);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(
                "same-origin", response.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElseThrow());
    }

    @Test
    void facesPagesAllowOnlyTheirOwnNoncedInlineScripts() {
        String policy = Http.get("/nemunas/")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();

        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?$"), policy);
        assertFalse(policy.contains("unsafe-eval"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        // The admin login keeps its view in the session (the public pages make none).
        HttpResponse<String> response = Http.get("/nemunas/admin/login?lang=en");

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("IUNIJA_SESSION="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertFalse(response.body().contains("jsessionid"), "cookie-only session tracking");
    }

    @Test
    void aUnionWithoutTheTrailingSlashIsRedirected() {
        HttpResponse<String> response = Http.get("/nemunas?lang=en");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/nemunas/?lang=en"));
    }

    @Test
    void healthReportsTheDatabaseAndTheUnions() {
        HttpResponse<String> response = Http.get("/health");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"UP\""));
        assertTrue(response.body().contains("\"database\""));
        assertTrue(response.body().contains("baltija,daugava,nemunas"));
    }
}
