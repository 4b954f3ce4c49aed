package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Connections that heal, in the PostgreSQL run only: the build's PostgreSQL is restarted
 * under a running portal, as an operator's routine restart does. While it is down, readiness is 503 and a
 * member's report or login says "temporarily unavailable" (keeping what the member typed); after it is back, the
 * same portal, never restarted, logs members in and takes reports again within seconds. A portal of its own.
 */
class PostgresRestartIT {

    private static final Duration HEALED_WITHIN = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDatabaseRestartNeedsNoPortalRestart() throws Exception {
        Path work = PortalProcess.freshWork("it-postgresql-restart");
        PortalProcess portal = PortalProcess.boot(
                work,
                PortalProcess.freePort(),
                List.of(
                        "iunija.tenants.dir=" + work.resolve("tenants"),
                        "iunija.demo.members-file=" + PortalProcess.projectDir().resolve("config/demo/members.csv"),
                        "iunija.smart-id.simulator.delay-ms=500"));
        PostgresServer database = PostgresServer.get();
        try {
            URI base = portal.baseUri();
            FacesPageClient loggedIn = new FacesPageClient(base.resolve("nemunas/?lang=en"), "login").open();
            assertTrue(logsIn(loggedIn), "a member logs in before the restart");

            database.stop();
            FacesPageClient.Answer home = loggedIn.get("/nemunas/home");
            assertEquals(503, home.status(), "a page that needs the database");
            assertTrue(home.body().contains("Temporarily unavailable"), home.body());
            assertEquals(503, status(base, "health/ready"), "readiness while the database is down");
            FacesPageClient.Answer report = report(base);
            assertTrue(report.body().contains("temporarily unavailable"), report.body());
            assertTrue(
                    report.body().contains("A prompt while I was asleep."),
                    "the form keeps what the member typed: " + report.body());
            FacesPageClient member = new FacesPageClient(base.resolve("nemunas/?lang=en"), "login").open();
            FacesPageClient.Answer login = member.logIn("100002");
            assertTrue(login.code().isEmpty() && login.body().contains("temporarily unavailable"), login.body());

            long restarted = System.nanoTime();
            database.start();
            long deadline = restarted + HEALED_WITHIN.toNanos();
            boolean healed = false;
            while (!healed && System.nanoTime() < deadline) {
                healed = status(base, "health/ready") == 200
                        && logsIn(new FacesPageClient(base.resolve("nemunas/?lang=en"), "login").open());
            }
            double seconds = (System.nanoTime() - restarted) / 1e9;
            System.out.printf(
                    "PostgreSQL restart: readiness and a complete member login back %.1f s after the database accepted connections%n",
                    seconds);
            assertTrue(healed, "no member login within " + HEALED_WITHIN + " of the database's return");
            assertTrue(report(base).reference().isPresent(), "reports are taken again");
            FacesPageClient.Answer homeAgain = loggedIn.get("/nemunas/home");
            assertTrue(
                    homeAgain.body().contains("OK TESTNUMBER"),
                    "the member's session lived through it: " + homeAgain.status() + homeAgain.body());
        } finally {
            portal.stop();
            database.start(); // no-op unless the test failed while it was down
        }
    }

    /** A demo member's complete login on an open login page (start, code, OK, home). */
    private static boolean logsIn(FacesPageClient member) {
        if (member.logIn("100002").code().isEmpty()) {
            return false;
        }
        return member.pollUntilEnded(Duration.ofSeconds(20)).body().contains("/nemunas/home");
    }

    /** A report about another member than the one who logs in (a matched login would end its sessions). */
    private static FacesPageClient.Answer report(URI base) {
        return FacesPageClient.fileReport(base.resolve("nemunas/report?lang=en"), "100003");
    }

    private int status(URI base, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
