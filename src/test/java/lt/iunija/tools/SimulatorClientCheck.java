package lt.iunija.tools;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.AuthenticationIdentity;
import ee.sk.smartid.AuthenticationResponseValidator;
import ee.sk.smartid.SmartIdAuthenticationResponse;
import ee.sk.smartid.SmartIdClient;
import ee.sk.smartid.rest.dao.Interaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A program that uses nothing but {@code smart-id-java-client} 2.3.1 (and the JDK), as any relying party would:
 * pointed at a running portal's simulator ({@code <portal>/smart-id-rp/v2/}) and trusting only the simulator's
 * {@code /smart-id-simulator/ca.pem}, it authenticates every account of SK's demo table at once and checks that
 * each gives its own result: a valid QUALIFIED authentication of exactly that person for the OK accounts, the
 * client's own exception for every other end result. {@code SimulatorContractIT} runs it in the test suite;
 * against the README's run command: {@code mvn -Psimulator-check verify} (exit code 1 when a row differs).
 */
public final class SimulatorClientCheck {

    /** The portal's copy of SK's demo table (of {@code shared/smart-id-test-accounts.csv}). */
    public static final Path DEMO_TABLE = Path.of("src/main/resources/smartid/test-accounts.csv");

    /** The client's exception for each end result of SK's table. */
    private static final Map<String, String> EXCEPTION_OF_END_RESULT = Map.of(
            "USER_REFUSED", "UserRefusedException",
            "USER_REFUSED_DISPLAYTEXTANDPIN", "UserRefusedDisplayTextAndPinException",
            "USER_REFUSED_VC_CHOICE", "UserRefusedVerificationChoiceException",
            "USER_REFUSED_CONFIRMATIONMESSAGE", "UserRefusedConfirmationMessageException",
            "USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE",
                    "UserRefusedConfirmationMessageWithVerificationChoiceException",
            "WRONG_VC", "UserSelectedWrongVerificationCodeException",
            "TIMEOUT", "SessionTimeoutException");

    /** One row of SK's demo table: identity, document number, the account's level, the scripted end result. */
    public record Account(String identity, String documentNumber, String level, String endResult) {

        public String expected() {
            if (!"QUALIFIED".equals(level)) {
                return "NoSuitableAccountOfRequestedTypeFoundException";
            }
            return "OK".equals(endResult) ? valid(identity, documentNumber) : EXCEPTION_OF_END_RESULT.get(endResult);
        }
    }

    public record Verdict(Account account, String actual) {

        public boolean passed() {
            return account.expected().equals(actual);
        }
    }

    public static void main(String[] args) throws Exception {
        URI portal = URI.create(System.getProperty("check.portal", "http://localhost:8080/"));
        Path table = Path.of(System.getProperty("check.accounts", DEMO_TABLE.toString()));
        List<Verdict> verdicts = check(portal, accounts(table));
        for (Verdict verdict : verdicts) {
            System.out.printf(
                    "%-4s %-18s %-9s %-48s -> %s%n",
                    verdict.passed() ? "ok" : "FAIL",
                    verdict.account().identity(),
                    verdict.account().level(),
                    verdict.account().endResult(),
                    verdict.actual());
        }
        long failed = verdicts.stream().filter(verdict -> !verdict.passed()).count();
        System.out.printf("%d accounts, %d as expected, %d not%n", verdicts.size(), verdicts.size() - failed, failed);
        if (failed > 0) {
            System.exit(1);
        }
    }

    public static List<Account> accounts(Path table) throws IOException {
        return Files.readAllLines(table).stream()
                .filter(line -> line.startsWith("PNO"))
                .map(line -> line.split(",", -1))
                .map(cells -> new Account(cells[0], cells[1], cells[2], cells[3]))
                .toList();
    }

    /** Starts every account's authentication at once, so the simulator's delay is paid once, then judges each. */
    public static List<Verdict> check(URI portal, List<Account> accounts)
            throws IOException, InterruptedException, GeneralSecurityException {
        String caPem = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(portal.resolve("smart-id-simulator/ca.pem"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(caPem.getBytes(StandardCharsets.US_ASCII)));
        SmartIdClient client = client(portal, caPem);
        AuthenticationResponseValidator validator = new AuthenticationResponseValidator(new X509Certificate[] {ca});
        ExecutorService pool = Executors.newFixedThreadPool(accounts.size());
        try {
            List<CompletableFuture<Verdict>> running = accounts.stream()
                    .map(account -> CompletableFuture.supplyAsync(
                            () -> new Verdict(account, authenticate(client, validator, account)), pool))
                    .toList();
            return running.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    /** A client for the portal's simulator as SK's demo relying party, trusting only the simulator's CA. */
    public static SmartIdClient client(URI portal, String caPem) {
        SmartIdClient client = new SmartIdClient();
        client.setRelyingPartyUUID("00000000-0000-0000-0000-000000000000");
        client.setRelyingPartyName("DEMO");
        client.setHostUrl(portal.resolve("smart-id-rp/v2/").toString());
        client.setTrustedCertificates(caPem);
        client.setSessionStatusResponseSocketOpenTime(TimeUnit.SECONDS, 10);
        return client;
    }

    /** What the client made of the account: a validated authentication, or the name of the exception it threw. */
    private static String authenticate(
            SmartIdClient client, AuthenticationResponseValidator validator, Account account) {
        try {
            SmartIdAuthenticationResponse response = client.createAuthentication()
                    .withSemanticsIdentifierAsString(account.identity())
                    .withAuthenticationHash(AuthenticationHash.generateRandomHash())
                    .withCertificateLevel("QUALIFIED")
                    .withAllowedInteractionsOrder(List.of(Interaction.displayTextAndPIN("i-Unija client check")))
                    .authenticate();
            AuthenticationIdentity identity = validator.validate(response);
            String person = "PNO" + identity.getCountry() + "-" + identity.getIdentityNumber();
            return "QUALIFIED".equals(response.getCertificateLevel())
                    ? valid(person, response.getDocumentNumber())
                    : "level " + response.getCertificateLevel();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String valid(String identity, String documentNumber) {
        return "valid QUALIFIED authentication of " + identity + " (" + documentNumber + ")";
    }

    private SimulatorClientCheck() {}
}
