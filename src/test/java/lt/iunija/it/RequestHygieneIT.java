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
 * an over-long field or a stale page can do; and what the public pages keep (nothing until a login starts).
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
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(PortalServer.uri("/nemunas/"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Origin", "https://evil.example")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "login=login&login%3Asubmit=login%3Asubmit&jakarta.faces.ViewState=x"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(303, response.statusCode());
        assertTrue(
                response.headers().allValues("Set-Cookie").isEmpty(),
                response.headers().toString());
    }

    @Test
    void thePublicPagesHoldNoStateUntilAMemberStartsALogin() {
        for (String page : new String[] {
            "/",
            "/nemunas/?lang=en",
            "/nemunas/smart-id",
            "/nemunas/report?lang=lv",
            "/baltija/",
            "/nemunas/no-such-page",
            "/no-such-union/"
        }) {
            HttpResponse<String> answer = Http.get(page);
            assertTrue(
                    answer.headers().allValues("Set-Cookie").stream()
                            .noneMatch(cookie -> cookie.startsWith("IUNIJA_SESSION=")),
                    page + " gave a session: " + answer.headers());
            assertFalse(
                    answer.body().contains("jakarta.faces.ViewState")
                            && !answer.body().contains("value=\"stateless\""),
                    page + " keeps a view on the server");
        }

        // A report is filed in one post and leaves nothing behind either. (Through the proxy the test server
        // trusts, from an address of its own: reports are counted per address, and the other tests' come from
        // 127.0.0.1.)
        FacesPageClient reporter = new FacesPageClient(throughProxy("/baltija/report?lang=en"), "report")
                .withHeaders("X-Forwarded-For", "198.51.100.24")
                .open();
        assertTrue(reporter.submit(
                        "send",
                        java.util.Map.of(
                                "report:subject",
                                "200009",
                                "report:country_input",
                                "LT",
                                "report:action",
                                "NOTHING",
                                "report:contact",
                                "+370 600 12345"))
                .reference()
                .isPresent());
        assertFalse(reporter.hasSession(), "a filed report created a session");

        // A wrong user number is answered without a session; the session begins with a started login.
        FacesPageClient member = new FacesPageClient("nemunas").open();
        assertEquals(
                "A user number is 4 to 12 digits.", member.logIn("12").message().orElseThrow());
        assertFalse(member.hasSession(), "a refused user number created a session");
        assertTrue(member.logIn("555001").code().isPresent());
        assertTrue(member.hasSession(), "the started login is kept in a session");
        assertTrue(member.cancel().body().contains("The login was cancelled"), "the page found its login again");
    }

    @Test
    void firstVisitsShareTheRenderedPageButNeverItsScriptNonce() {
        java.util.Set<String> nonces = new java.util.HashSet<>();
        java.util.Set<String> pages = new java.util.HashSet<>();
        long copiesBefore = copiesServed();
        for (int visit = 0; visit < 3; visit++) {
            HttpResponse<String> answer = Http.get("/daugava/smart-id");
            java.util.regex.Matcher policy = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                    .matcher(answer.headers()
                            .firstValue("Content-Security-Policy")
                            .orElseThrow());
            assertTrue(policy.find(), "a nonce in the policy");
            String nonce = policy.group(1);
            assertTrue(
                    answer.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the policy's nonce");
            nonces.add(nonce);
            pages.add(answer.body().replace(nonce, "NONCE"));
        }
        assertEquals(3, nonces.size(), "a nonce of its own for every visit");
        assertEquals(1, pages.size(), "otherwise the same page");
        // At least the visits after the first within the same minute got the copy (not rendered for them).
        assertTrue(copiesServed() - copiesBefore >= 1, "first visits answered with a copy");

        // A login form served from a copy works as one rendered for the visitor (the page is stateless).
        FacesPageClient member = new FacesPageClient("daugava").open().open();
        assertTrue(member.logIn("555002").code().isPresent(), "a login started from the copy");
        assertTrue(member.cancel().body().contains("The login was cancelled"));
    }

    @Test
    void aStatelessPagesPostFromAnotherSiteIsSentBackToThePage() throws Exception {
        String login =
                "jakarta.faces.partial.ajax=true&jakarta.faces.source=login%3Asubmit&jakarta.faces.partial.execute=login"
                        + "&login%3Asubmit=login%3Asubmit&login=login&login%3AuserNumber=100002&jakarta.faces.ViewState=stateless";
        for (String[] origin : new String[][] {
            {"Origin", "https://evil.example"},
            {"Origin", "null"},
            {"Sec-Fetch-Site", "cross-site"},
            {"Origin", "http://127.0.0.1:" + PortalServer.baseUri().getPort()}
        }) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(PortalServer.uri("/nemunas/"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Faces-Request", "partial/ajax")
                                    .header(origin[0], origin[1])
                                    .POST(HttpRequest.BodyPublishers.ofString(login))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertTrue(response.body().contains("<redirect url=\"/nemunas/\""), origin[1] + ": " + response.body());
            assertFalse(response.body().contains("class=\"code\""), "no Smart-ID login started from " + origin[1]);
            assertTrue(
                    response.headers().allValues("Set-Cookie").isEmpty(),
                    response.headers().toString());
        }
    }

    /** public_page_answers_total{answer="copy"}, 0 before the first. */
    private static long copiesServed() {
        return Http.get("/metrics?scope=application")
                .body()
                .lines()
                .filter(line -> line.startsWith("public_page_answers_total{") && line.contains("answer=\"copy\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The portal as the reverse proxy the test server trusts ([::1]) reaches it. */
    private static java.net.URI throughProxy(String pathAndQuery) {
        return java.net
                .URI
                .create(PortalServer.baseUri().toString().replace("localhost", "[::1]"))
                .resolve(pathAndQuery);
    }

    @Test
    void pagesAreNeverCachedButStaticResourcesMayBe() {
        assertEquals(
                "no-store",
                Http.get("/nemunas/?lang=en")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse(""));
        assertEquals(
                "no-store",
                Http.get("/nemunas/report?lang=en")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse(""));
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
        FacesPageClient stale =
                new FacesPageClient(PortalServer.uri("/nemunas/admin/login?lang=en"), "adminLogin").open();
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
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
