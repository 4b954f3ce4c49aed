package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator sees of a Smart-ID attempt: the application metrics count it by purpose
 * and outcome, and the log has one line for it with the personal code masked, and never the code in clear.
 */
@ExtendWith(PortalServer.class)
class OperatorViewIT {

    @Test
    void aFinishedAttemptIsCountedAndLoggedOnceWithThePersonalCodeMasked() throws Exception {
        // nemunas 100004 is PNOLT-30403039917, whose prompt is refused in the app.
        FacesPageClient member = new FacesPageClient("nemunas").open();
        assertTrue(member.logIn("100004").code().isPresent());
        assertEquals(
                "The login was refused in the Smart-ID app. If you did not start it, report it to your credit union.",
                member.pollUntilEnded(Duration.ofSeconds(20)).message().orElseThrow());

        String metrics =
                Http.get("/metrics?scope=application", "Accept", "text/plain").body();
        assertTrue(
                metrics.lines()
                        .anyMatch(line -> line.startsWith("smartid_attempts_total")
                                && line.contains("outcome=\"USER_REFUSED\"")
                                && line.contains("purpose=\"MEMBER_LOGIN\"")),
                metrics);
        assertTrue(metrics.contains("smartid_pending_sessions"), metrics);
        assertTrue(metrics.contains("smartid_start_call"), metrics);

        assertTrue(
                PortalServer.awaitLogLine(
                        line -> line.contains("MEMBER_LOGIN USER_REFUSED") && line.contains("PNOLT-304…917")),
                "one line per finished attempt, masked");
        assertFalse(
                PortalServer.logLines().stream().anyMatch(line -> line.contains("30403039917")),
                "the personal code never in clear");
    }

    @Test
    void aSingleNodeListensOnItsHttpPortOnly() throws Exception {
        // Started as the README's one-node command (--nohazelcast): no data grid, so no cluster port (690x) at all.
        assertEquals(
                java.util.Set.of(PortalServer.baseUri().getPort()),
                PortalServer.Running.current.portal.listeningPorts());
    }

    @Test
    void aSingleNodeKeepsItsSessionsInMemoryWithoutAnErrorPerRequest() throws Exception {
        // A session made and used: with the data grid's session store, every request logged an error.
        // (The admin login keeps its view in the session; the public pages make none.)
        java.util.List<String> cookies =
                Http.get("/nemunas/admin/login?lang=en").headers().allValues("Set-Cookie");
        String session = cookies.stream()
                .filter(cookie -> cookie.startsWith("IUNIJA_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session: " + cookies))
                .split(";", 2)[0];
        assertEquals(
                200, Http.get("/nemunas/admin/login?lang=en", "Cookie", session).statusCode());
        assertFalse(
                PortalServer.logLines().stream().anyMatch(line -> line.contains("Hazelcast is not enabled")),
                "no session store of a data grid on a node without one");
    }

    @Test
    void noDevelopmentEndpointAnswersAndHealthNamesNoPath() {
        java.net.http.HttpResponse<String> openApi = Http.get("/openapi");
        assertEquals(404, openApi.statusCode(), "no OpenAPI endpoint at all");
        assertEquals(404, Http.get("/openapi-disabled").statusCode(), "nor where the preboot file moved it");
        assertFalse(openApi.body().contains("smart-id"), openApi.body());
        assertEquals(404, Http.get("/smart-id-rp/application.wadl").statusCode());
        String health = Http.get("/health").body();
        assertTrue(health.contains("\"unions\""), health);
        assertFalse(health.contains(PortalServer.Running.current.work.toString()), health);
    }
}
