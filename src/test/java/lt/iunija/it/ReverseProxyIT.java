package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Behind a reverse proxy: the test server trusts [::1] as its proxy. Its forwarded client
 * address is what the attempt records, and HTTPS it forwards gets HSTS; the same headers from 127.0.0.1, which
 * is no proxy of ours, are ignored.
 */
@ExtendWith(PortalServer.class)
class ReverseProxyIT {

    @Test
    void aTrustedProxysClientAddressIsTheOneRecorded() throws Exception {
        loginThrough(proxy(), "198.51.100.23");

        assertTrue(
                PortalServer.awaitLogLine(
                        line -> line.contains("MEMBER_LOGIN WRONG_VC") && line.contains("from 198.51.100.23,")),
                "the attempt is recorded for the client behind the proxy");
    }

    @Test
    void anyoneElsesForwardingHeadersAreIgnored() throws Exception {
        URI stranger = URI.create(PortalServer.baseUri().toString().replace("localhost", "127.0.0.1"));
        loginThrough(stranger, "198.51.100.99");

        assertTrue(
                PortalServer.awaitLogLine(
                        line -> line.contains("MEMBER_LOGIN WRONG_VC") && line.contains("from 127.0.0.1,")),
                "the peer itself");
        assertFalse(
                PortalServer.logLines().stream().anyMatch(line -> line.contains("198.51.100.99")),
                "a forged header is believed nowhere");
    }

    @Test
    void httpsThatATrustedProxyTerminatedGetsHsts() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Void> viaProxy = client.send(
                HttpRequest.newBuilder(proxy().resolve("nemunas/?lang=en"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertTrue(viaProxy.headers()
                .firstValue("Strict-Transport-Security")
                .orElse("")
                .startsWith("max-age="));
        URI stranger = URI.create(PortalServer.baseUri().toString().replace("localhost", "127.0.0.1"));
        HttpResponse<Void> direct = client.send(
                HttpRequest.newBuilder(stranger.resolve("nemunas/?lang=en"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertFalse(
                direct.headers().firstValue("Strict-Transport-Security").isPresent(), "a stranger's header is ignored");
    }

    /** The portal as the trusted proxy reaches it. */
    private static URI proxy() {
        return URI.create(PortalServer.baseUri().toString().replace("localhost", "[::1]"));
    }

    /** nemunas 100006 chooses the wrong verification code in the app: a quick, finished attempt. */
    private static void loginThrough(URI base, String forwardedFor) {
        FacesPageClient client = new FacesPageClient(base.resolve("nemunas/?lang=en"), "login")
                .withHeaders("X-Forwarded-For", forwardedFor)
                .open();
        assertTrue(client.logIn("100006").code().isPresent());
        client.pollUntilEnded(Duration.ofSeconds(20));
    }
}
