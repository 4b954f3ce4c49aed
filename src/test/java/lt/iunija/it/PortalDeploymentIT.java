package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR, unchanged, deployed by Arquillian into a managed Payara Micro under a context root other
 * than {@code /}: it migrates its database, loads the unions and keeps every address inside its context.
 * Runs as a client and talks to the server over loopback only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalDeploymentIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(
                WebArchive.class, new File(System.getProperty("iunija.war", "target/iunija.war")));
    }

    @ArquillianResource
    URL deployment;

    /** Payara reports its first network address; the tests stay on loopback. */
    private URI local(String path) {
        return URI.create("http://localhost:" + deployment.getPort() + deployment.getPath() + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(local(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDatabaseAndTheUnionsAreReady() throws Exception {
        HttpResponse<String> health = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + deployment.getPort() + "/health/ready"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"name\":\"database\",\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("baltija,daugava,nemunas"), health.body());
    }

    @Test
    void linksStayInsideTheContextRoot() throws Exception {
        String context = deployment.getPath().replaceAll("/$", "");
        HttpResponse<String> picker = get("?lang=en");
        HttpResponse<String> login = get("nemunas/?lang=en");

        assertEquals(200, picker.statusCode());
        assertTrue(picker.body().contains("href=\"" + context + "/nemunas/\""), picker.body());
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("action=\"" + context + "/nemunas/\""), login.body());
        assertTrue(login.body().contains("src=\"" + context + "/nemunas/jakarta.faces.resource/"), login.body());
        assertEquals(404, get("no-such-union/").statusCode());
    }
}
