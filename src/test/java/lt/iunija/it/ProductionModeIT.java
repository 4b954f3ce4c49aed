package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Production mode as an operator who copied the example without filling it in would start it (issue 15,
 * point 2): a portal of its own with a placeholder card secret and no Smart-ID environment. It stays alive but
 * never ready, says why by key, and union pages answer 503 "temporarily unavailable" with the union's contacts
 * instead of a login that cannot work. The simulator is off in production.
 */
class ProductionModeIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anUnsafeConfigurationIsNotServedAndSaysWhy() throws Exception {
        Path project = PortalProcess.projectDir();
        Path work = project.resolve("target/it-production");
        PortalServer.deleteRecursively(work);
        PortalServer.copyRecursively(project.resolve("tenants"), work.resolve("tenants"));
        PortalProcess portal = PortalProcess.boot(work, PortalProcess.freePort(), List.of(
                "iunija.mode=production",
                "iunija.tenants.dir=" + work.resolve("tenants"),
                "iunija.data.dir=" + work.resolve("data"),
                "iunija.card.secret=CHANGE-ME"), "health/live");
        try {
            URI base = portal.baseUri();
            HttpResponse<String> ready = get(base, "health/ready");
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("iunija.card.secret") && ready.body().contains("iunija.smart-id.environment"), ready.body());
            assertEquals(200, get(base, "health/live").statusCode());

            HttpResponse<String> login = get(base, "nemunas/?lang=en");
            assertEquals(503, login.statusCode());
            assertTrue(login.body().contains("Temporarily unavailable"), login.body());
            assertTrue(login.body().contains("tel:"), "the union's phone is on the page");
            assertFalse(login.body().contains("User number"), "no login form that cannot work");
            HttpResponse<String> lithuanian = get(base, "nemunas/?lang=lt");
            assertTrue(lithuanian.body().contains("Laikinai neveikia"), lithuanian.body());

            assertEquals(404, get(base, "smart-id-simulator/ca.pem").statusCode(), "no simulator in production");
        } finally {
            portal.stop();
        }
    }

    private static HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
