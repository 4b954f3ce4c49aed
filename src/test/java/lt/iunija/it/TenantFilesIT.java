package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operators add, change and remove unions by editing files while the server runs. */
@ExtendWith(PortalServer.class)
class TenantFilesIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    private static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + WITHIN);
            }
            PortalServer.sleep(250);
        }
    }

    @Test
    void aNewFileServesANewUnionAndDeletingItRemovesIt() throws IOException {
        Path file = PortalServer.tenantsDir().resolve("vilnele.properties");
        Files.writeString(
                file,
                Files.readString(PortalServer.tenantsDir().resolve("baltija.properties"))
                        .replace("Baltija", "Vilnelė")
                        .replace("KU Baltija", "KU Vilnele"));

        eventually("/vilnele/ answering", () -> Http.get("/vilnele/").statusCode() == 200);
        assertTrue(Http.get("/vilnele/?lang=en").body().contains("Vilnelė Credit Union"));

        Files.delete(file);
        eventually("/vilnele/ gone", () -> Http.get("/vilnele/").statusCode() == 404);
    }

    @Test
    void aBrokenFileShowsInHealthAndLeavesTheOtherUnionsWorking() throws IOException {
        Path file = PortalServer.tenantsDir().resolve("sugedusi.properties");
        Files.writeString(file, "name=Sugedusi\nlanguages=lt,de\n");
        try {
            eventually(
                    "the broken file in /health",
                    () -> Http.get("/health").body().contains("broken:sugedusi.properties"));
            String health = Http.get("/health").body();
            assertTrue(health.contains("'de' is not one of lt, lv, en"), health);
            assertTrue(health.contains("\"status\":\"UP\""), health);
            assertEquals(404, Http.get("/sugedusi/").statusCode());
            assertEquals(200, Http.get("/nemunas/").statusCode());
            assertEquals(200, Http.get("/daugava/").statusCode());
        } finally {
            Files.delete(file);
        }
        eventually(
                "the broken file gone from /health",
                () -> !Http.get("/health").body().contains("sugedusi"));
    }
}
