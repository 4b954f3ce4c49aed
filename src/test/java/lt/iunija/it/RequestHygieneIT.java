package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faces hygiene against the running portal, over plain HTTP: what a link, a cross-site form, a cache, a download,
 * an over-long field or a stale page can do (issue 16, point 5).
 */
@ExtendWith(PortalServer.class)
class RequestHygieneIT {

    @Test
    void aGetThatCarriesAViewStateRunsNoAction() {
        FacesPageClient member = new FacesPageClient("nemunas").open();
        String state = URLEncoder.encode(member.viewState(), StandardCharsets.UTF_8);

        // Mojarra would take this link for the login form's post and start a Smart-ID login.
        FacesPageClient.Answer answer = member.get("/nemunas/?jakarta.faces.ViewState=" + state
                + "&login=login&login%3Asubmit=login%3Asubmit&login%3AuserNumber=100002");

        assertEquals(303, answer.status());
        assertFalse(answer.code().isPresent(), "no Smart-ID login started");
    }

    @Test
    void aCrossSitePostGetsNoSessionCookieThatWouldReplaceTheMembersOwn() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(PortalServer.uri("/nemunas/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Asubmit=login%3Asubmit&jakarta.faces.ViewState=x"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(303, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), response.headers().toString());
    }

    @Test
    void pagesAreNeverCachedButStaticResourcesMayBe() {
        assertEquals("no-store", Http.get("/nemunas/?lang=en").headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-store", Http.get("/nemunas/report?lang=en").headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> style = Http.get("/nemunas/jakarta.faces.resource/iunija/portal.css.xhtml");
        assertEquals(200, style.statusCode());
        assertFalse(style.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void anOverLongUserNumberIsRefusedNotCutShort() {
        // 1000021 is no user number; cut to six digits it would be 100002's.
        FacesPageClient answer = new FacesPageClient("nemunas").open();
        FacesPageClient.Answer tooLong = answer.logIn("1000020000001");

        assertFalse(tooLong.code().isPresent(), "no login started");
        assertEquals("A user number is 4 to 12 digits.", tooLong.message().orElseThrow());
    }

    @Test
    void aStaleViewsPlainPostLandsOnThePageExpiredPage() {
        FacesPageClient stale = new FacesPageClient(PortalServer.uri("/nemunas/admin/login?lang=en"), "adminLogin").open();
        stale.forgetViewState();

        HttpResponse<byte[]> answer = stale.press("submit");

        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("The page has expired"), answer.statusCode() + " " + body);
    }

    @Test
    void aHostNameWithItsTrailingDotIsStillThatUnionsHost() throws Exception {
        // nemunas.localhost serves nemunas only; "nemunas.localhost." is the same host and must not serve baltija.
        assertEquals(404, statusWithHost("nemunas.localhost.", "/baltija/?lang=en"));
        assertEquals(404, statusWithHost("NEMUNAS.localhost", "/baltija/?lang=en"));
        assertEquals(200, statusWithHost("nemunas.localhost.", "/nemunas/?lang=en"));
    }

    /** A request with a Host header of our choosing (Java's HttpClient does not let one set it). */
    private static int statusWithHost(String host, String path) throws Exception {
        int port = PortalServer.baseUri().getPort();
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
