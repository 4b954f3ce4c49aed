package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.AuthenticationIdentity;
import ee.sk.smartid.AuthenticationResponseValidator;
import ee.sk.smartid.SmartIdAuthenticationResponse;
import ee.sk.smartid.SmartIdClient;
import ee.sk.smartid.exception.useraccount.NoSuitableAccountOfRequestedTypeFoundException;
import ee.sk.smartid.exception.useraccount.UserAccountNotFoundException;
import ee.sk.smartid.exception.useraction.SessionTimeoutException;
import ee.sk.smartid.exception.useraction.UserRefusedConfirmationMessageException;
import ee.sk.smartid.exception.useraction.UserRefusedConfirmationMessageWithVerificationChoiceException;
import ee.sk.smartid.exception.useraction.UserRefusedDisplayTextAndPinException;
import ee.sk.smartid.exception.useraction.UserRefusedException;
import ee.sk.smartid.exception.useraction.UserRefusedVerificationChoiceException;
import ee.sk.smartid.exception.useraction.UserSelectedWrongVerificationCodeException;
import ee.sk.smartid.rest.dao.Interaction;

/**
 * The unmodified smart-id-java-client 2.3.1, in this JVM, against the running portal's simulator: every
 * account of SK's published demo table gives that account's result, and malformed requests get SK's codes.
 */
@ExtendWith(PortalServer.class)
class SimulatorContractIT {

    private static final Map<String, Class<? extends Exception>> EXPECTED_EXCEPTION = Map.of(
            "USER_REFUSED", UserRefusedException.class,
            "USER_REFUSED_DISPLAYTEXTANDPIN", UserRefusedDisplayTextAndPinException.class,
            "USER_REFUSED_VC_CHOICE", UserRefusedVerificationChoiceException.class,
            "USER_REFUSED_CONFIRMATIONMESSAGE", UserRefusedConfirmationMessageException.class,
            "USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE", UserRefusedConfirmationMessageWithVerificationChoiceException.class,
            "WRONG_VC", UserSelectedWrongVerificationCodeException.class,
            "TIMEOUT", SessionTimeoutException.class);

    private static ExecutorService pool;
    private static String caPem;
    private static Map<String[], CompletableFuture<Object>> results;

    static List<String[]> accounts() throws Exception {
        return java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/main/resources/smartid/test-accounts.csv")).stream()
                .filter(line -> line.startsWith("PNO")).map(line -> line.split(",", -1)).toList();
    }

    static SmartIdClient client() {
        SmartIdClient client = new SmartIdClient();
        client.setRelyingPartyUUID("00000000-0000-0000-0000-000000000000");
        client.setRelyingPartyName("DEMO");
        client.setHostUrl(PortalServer.uri("/smart-id-rp/v2/").toString());
        client.setTrustedCertificates(caPem);
        client.setSessionStatusResponseSocketOpenTime(TimeUnit.SECONDS, 10);
        return client;
    }

    /** Starts every account's authentication at once: the simulator's delay is paid once, not 45 times. */
    @BeforeAll
    static void authenticateEveryAccount() throws Exception {
        caPem = Http.get("/smart-id-simulator/ca.pem").body();
        assertTrue(caPem.startsWith("-----BEGIN CERTIFICATE-----"));
        SmartIdClient client = client();
        pool = Executors.newFixedThreadPool(48);
        results = accounts().stream().collect(Collectors.toMap(Function.identity(), row -> CompletableFuture.supplyAsync(() -> {
            AuthenticationHash hash = AuthenticationHash.generateRandomHash();
            try {
                SmartIdAuthenticationResponse response = client.createAuthentication()
                        .withSemanticsIdentifierAsString(row[0])
                        .withAuthenticationHash(hash)
                        .withCertificateLevel("QUALIFIED")
                        .withAllowedInteractionsOrder(List.of(Interaction.displayTextAndPIN("i-Unija contract test")))
                        .authenticate();
                return response;
            } catch (Exception e) {
                return e;
            }
        }, pool)));
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> everyDemoAccountGivesItsResult() throws Exception {
        X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(caPem.getBytes(StandardCharsets.US_ASCII)));
        return results.entrySet().stream().map(entry -> DynamicTest.dynamicTest(String.join(" ", entry.getKey()), () -> {
            String[] row = entry.getKey();
            Object result = entry.getValue().get(60, TimeUnit.SECONDS);
            if (!"QUALIFIED".equals(row[2])) {
                assertInstanceOf(NoSuitableAccountOfRequestedTypeFoundException.class, result);
            } else if ("OK".equals(row[3])) {
                SmartIdAuthenticationResponse response = assertInstanceOf(SmartIdAuthenticationResponse.class, result);
                AuthenticationIdentity identity = new AuthenticationResponseValidator(new X509Certificate[] {ca}).validate(response);
                assertEquals(row[0], "PNO" + identity.getCountry() + "-" + identity.getIdentityNumber());
                assertEquals("QUALIFIED", response.getCertificateLevel());
                assertEquals(row[1], response.getDocumentNumber());
            } else {
                assertEquals(EXPECTED_EXCEPTION.get(row[3]), result.getClass(), () -> String.valueOf(result));
            }
        }));
    }

    @Test
    void anUnknownAccountIsNotFound() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(UserAccountNotFoundException.class, () -> client().createAuthentication()
                .withSemanticsIdentifierAsString("PNOLT-10101010005")
                .withAuthenticationHash(AuthenticationHash.generateRandomHash())
                .withCertificateLevel("QUALIFIED")
                .withAllowedInteractionsOrder(List.of(Interaction.displayTextAndPIN("x")))
                .initiateAuthentication());
        assertTrue(e.getMessage() == null || !e.getMessage().isEmpty());
    }

    private static final String HASH = Base64.getEncoder().encodeToString(new byte[64]);
    private static final String VALID = "{'relyingPartyUUID':'00000000-0000-0000-0000-000000000000','relyingPartyName':'DEMO',"
            + "'certificateLevel':'QUALIFIED','hash':'" + HASH + "','hashType':'SHA512',"
            + "'allowedInteractionsOrder':[{'type':'displayTextAndPIN','displayText60':'test'}]}";

    private static int post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(PortalServer.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace('\'', '"'))).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
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
            "not a semantics identifier | 40504040001       | x | x | 400"})
    void theSimulatorAnswersLikeSk(String name, String identity, String replace, String with, int status) throws Exception {
        String body = VALID.replace("HASHVALUE", HASH).replace(replace.replace("HASHVALUE", HASH), with == null ? "" : with);

        assertEquals(status, post("/smart-id-rp/v2/authentication/etsi/" + identity, body));
    }

    @Test
    void sessionsAreLongPolledWithinSksBounds() throws Exception {
        assertEquals(404, Http.get("/smart-id-rp/v2/session/00000000-0000-0000-0000-000000000000?timeoutMs=1000").statusCode());
        assertEquals(400, Http.get("/smart-id-rp/v2/session/x?timeoutMs=999").statusCode());
        assertEquals(400, Http.get("/smart-id-rp/v2/session/x?timeoutMs=120001").statusCode());
    }
}
