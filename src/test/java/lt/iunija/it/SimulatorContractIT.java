package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.exception.useraccount.UserAccountNotFoundException;
import ee.sk.smartid.rest.dao.Interaction;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import lt.iunija.tools.SimulatorClientCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unmodified smart-id-java-client 2.3.1, in this JVM, against the running portal's simulator: every
 * account of SK's published demo table gives that account's result (the standalone {@link SimulatorClientCheck}),
 * and malformed requests get SK's codes.
 */
@ExtendWith(PortalServer.class)
class SimulatorContractIT {

    private static String caPem;
    private static List<SimulatorClientCheck.Verdict> verdicts;

    /** The standalone client check, run once for every account of SK's table (their delays overlap). */
    @BeforeAll
    static void authenticateEveryAccount() throws Exception {
        caPem = Http.get("/smart-id-simulator/ca.pem").body();
        assertTrue(caPem.startsWith("-----BEGIN CERTIFICATE-----"));
        verdicts = SimulatorClientCheck.check(
                PortalServer.uri("/"), SimulatorClientCheck.accounts(SimulatorClientCheck.DEMO_TABLE));
    }

    @Test
    void theQualifiedDemoPersonIsAuthenticated() {
        assertTrue(verdicts.size() > 40, "every row of SK's table is checked");
        assertTrue(verdicts.stream()
                .anyMatch(verdict -> verdict.account().identity().equals("PNOLT-40504040001")
                        && verdict.actual().startsWith("valid QUALIFIED authentication of PNOLT-40504040001")));
    }

    @TestFactory
    Stream<DynamicTest> everyDemoAccountGivesItsResult() {
        return verdicts.stream()
                .map(verdict -> DynamicTest.dynamicTest(
                        verdict.account().toString(),
                        () -> assertEquals(verdict.account().expected(), verdict.actual())));
    }

    @Test
    void anUnknownAccountIsNotFound() {
        // The client turns SK's HTTP 404 for an account that does not exist into this exception, and only that.
        org.junit.jupiter.api.Assertions.assertThrows(
                UserAccountNotFoundException.class,
                () -> SimulatorClientCheck.client(PortalServer.uri("/"), caPem)
                        .createAuthentication()
                        .withSemanticsIdentifierAsString("PNOLT-10101010005")
                        .withAuthenticationHash(AuthenticationHash.generateRandomHash())
                        .withCertificateLevel("QUALIFIED")
                        .withAllowedInteractionsOrder(List.of(Interaction.displayTextAndPIN("x")))
                        .initiateAuthentication());
    }

    private static final String HASH = Base64.getEncoder().encodeToString(new byte[64]);
    private static final String VALID =
            "{'relyingPartyUUID':'00000000-0000-0000-0000-000000000000','relyingPartyName':'DEMO',"
                    + "'certificateLevel':'QUALIFIED','hash':'" + HASH + "','hashType':'SHA512',"
                    + "'allowedInteractionsOrder':[{'type':'displayTextAndPIN','displayText60':'test'}]}";

    private static int post(String path, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(PortalServer.uri(path))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body.replace('\'', '"')))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "well formed                | PNOLT-40504040001 | " + "x | x | 200",
                "missing hash               | PNOLT-40504040001 | 'hash':'" + "HASHVALUE" + "', | | 400",
                "wrong hash type spelling   | PNOLT-40504040001 | 'SHA512' | 'SHA-512' | 400",
                "wrong interaction spelling | PNOLT-40504040001 | displayTextAndPIN | DISPLAY_TEXT_AND_PIN | 400",
                "display text over 60       | PNOLT-40504040001 | 'test' | '1234567890123456789012345678901234567890123456789012345678901' | 400",
                "no interactions            | PNOLT-40504040001 | [{'type':'displayTextAndPIN','displayText60':'test'}] | [] | 400",
                "bad relying party UUID     | PNOLT-40504040001 | 00000000-0000 | 0000 | 400",
                "unknown relying party      | PNOLT-40504040001 | 'DEMO' | 'OTHER' | 401",
                "unknown account            | PNOLT-10101010005 | x | x | 404",
                "only a non-qualified one   | PNOLT-40504049999 | x | x | 471",
                "not a semantics identifier | 40504040001       | x | x | 400"
            })
    void theSimulatorAnswersLikeSk(String name, String identity, String replace, String with, int status)
            throws Exception {
        String body =
                VALID.replace("HASHVALUE", HASH).replace(replace.replace("HASHVALUE", HASH), with == null ? "" : with);

        assertEquals(status, post("/smart-id-rp/v2/authentication/etsi/" + identity, body));
    }

    @Test
    void sessionsAreLongPolledWithinSksBounds() throws Exception {
        assertEquals(
                404,
                Http.get("/smart-id-rp/v2/session/00000000-0000-0000-0000-000000000000?timeoutMs=1000")
                        .statusCode());
        assertEquals(400, Http.get("/smart-id-rp/v2/session/x?timeoutMs=999").statusCode());
        assertEquals(400, Http.get("/smart-id-rp/v2/session/x?timeoutMs=120001").statusCode());
    }
}
