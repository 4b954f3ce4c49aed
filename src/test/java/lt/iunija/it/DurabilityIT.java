package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost by a crash, on the embedded H2 default and on PostgreSQL: reports answered with
 * a Reference survive kill -9 right after the answer, no Reference is given twice, a Smart-ID attempt that
 * was running when the server died gets a final outcome after the restart, and a stranger's prompts before the
 * crash still count against the budget after it. A portal of its own (two boots).
 */
class DurabilityIT {

    private static final int SESSION_SECONDS = 5;
    /** A user number that is nobody: its waits send no prompt, but count against what was typed. */
    private static final String STRANGERS_NUMBER = "999999";

    private static final String THROTTLED =
            "Too many Smart-ID requests in a short time. For your safety, please wait a few minutes before trying again.";

    @Test
    void acknowledgedReportsSurviveKillNineAndRunningAttemptsAreEndedAfterTheRestart() throws Exception {
        Path project = PortalProcess.projectDir();
        Path work = PortalProcess.freshWork("it-durability");
        int port = PortalProcess.freePort();
        List<String> configuration = List.of(
                "iunija.tenants.dir=" + work.resolve("tenants"),
                "iunija.demo.members-file=" + project.resolve("config/demo/members.csv"),
                // The prompt is never answered while this test runs: the attempt is still running at the kill.
                "iunija.smart-id.simulator.delay-ms=600000",
                "iunija.smart-id.session-seconds=" + SESSION_SECONDS);

        PortalProcess first = PortalProcess.boot(work, port, configuration);
        List<String> acknowledged = new ArrayList<>();
        try {
            FacesPageClient member = new FacesPageClient(first.baseUri().resolve("nemunas/?lang=en"), "login").open();
            assertTrue(member.logIn("100002").code().isPresent(), "a login is waiting for Smart-ID");
            PortalServer.sleep(1000); // its prompt is out
            for (int start = 0; start < 5; start++) {
                assertTrue(
                        login(first).logIn(STRANGERS_NUMBER).code().isPresent(),
                        "a stranger's prompt " + (start + 1) + " of 5");
            }
            for (int report = 0; report < 3; report++) {
                acknowledged.add(report(first, "nemunas"));
            }
        } finally {
            first.kill(); // right after the last answer
        }

        assertEquals(3, acknowledged.stream().distinct().count(), acknowledged.toString());
        try (Connection db = TestDatabase.of(work).connect()) {
            for (String reference : acknowledged) {
                assertEquals(
                        1,
                        count(db, "select count(*) from incident where reference = ?", reference),
                        reference + " was acknowledged");
            }
            assertEquals(
                    1,
                    count(db, "select count(*) from smart_id_attempt where outcome is null", null),
                    "the login was running");
        }

        PortalProcess second = PortalProcess.boot(work, port, configuration);
        try {
            assertEquals(
                    Optional.of(THROTTLED),
                    login(second).logIn(STRANGERS_NUMBER).message(),
                    "the stranger's five prompts before the crash still count after it");
            String after = report(second, "nemunas");
            assertFalse(
                    acknowledged.contains(after),
                    "a Reference is never given twice: " + after + " after " + acknowledged);
            PortalServer.sleep(
                    Duration.ofSeconds(SESSION_SECONDS + 20 + 15 + 5).toMillis()); // deadline, margin, one sweep
        } finally {
            second.stop();
        }
        try (Connection db = TestDatabase.of(work).connect()) {
            assertEquals(0, count(db, "select count(*) from smart_id_attempt where outcome is null", null));
            assertEquals(1, count(db, "select count(*) from smart_id_attempt where outcome = ?", "INTERRUPTED"));
            assertEquals(4, count(db, "select count(*) from incident", null));
        }
    }

    private static FacesPageClient login(PortalProcess portal) {
        return new FacesPageClient(portal.baseUri().resolve("nemunas/?lang=en"), "login").open();
    }

    /** Files a report on the union's form, as a browser posts it; the Reference of the answer. */
    private static String report(PortalProcess portal, String union) {
        FacesPageClient.Answer answer =
                FacesPageClient.fileReport(portal.baseUri().resolve(union + "/report?lang=en"), "100002");
        return answer.reference().orElseThrow(() -> new AssertionError(answer.body()));
    }

    private static long count(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
