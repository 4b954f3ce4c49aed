package lt.iunija.smartid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.HashType;
import ee.sk.smartid.rest.dao.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lt.iunija.simulator.SimulatedAnswers;
import lt.iunija.simulator.SimulatorCa;
import lt.iunija.simulator.TestAccount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way a Smart-ID response can be wrong ends without a login. Responses are made by the simulator's own
 * CA code, then bent: another CA, another hash, an expired certificate, a lower level, another person.
 */
class SessionJudgeTest {

    private static final String ASKED = "PNOLT-40504040001";
    private static final TestAccount QUALIFIED = new TestAccount(ASKED, ASKED + "-MOCK-Q", "QUALIFIED", "OK", "");
    private static final TestAccount OTHER =
            new TestAccount("PNOLT-30303039914", "PNOLT-30303039914-MOCK-Q", "QUALIFIED", "OK", "");
    private static final TestAccount BASIC = new TestAccount(ASKED, ASKED + "-MOCK-NQ", "ADVANCED", "OK", "");

    private static SimulatorCa trusted;
    private static SimulatorCa foreign;
    private static SessionJudge judge;

    @BeforeAll
    static void createCas() throws Exception {
        trusted = SimulatedAnswers.newCa();
        foreign = SimulatedAnswers.newCa();
        judge = new SessionJudge(new ResponseVerifier(List.of(trusted.certificate())));
    }

    private static SessionStatus status(
            TestAccount account, String level, AuthenticationHash signedHash, SimulatorCa.Issued issued) {
        return SessionStatusJson.parse(SimulatedAnswers.ok(
                        account.documentNumber(),
                        level,
                        "SHA512",
                        java.util.Base64.getDecoder().decode(signedHash.getHashInBase64()),
                        "displayTextAndPIN",
                        issued)
                .toString());
    }

    private static ResponseVerifier.Result judged(SessionStatus status, AuthenticationHash ours) {
        return judge.judge(status, ours, ASKED);
    }

    @Test
    void aGenuineQualifiedResponseProvesTheAskedPerson() {
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);

        ResponseVerifier.Result result =
                judged(status(QUALIFIED, "QUALIFIED", hash, trusted.issuedFor(QUALIFIED)), hash);

        assertEquals(AuthenticationOutcome.OK, result.outcome());
        assertEquals(ASKED, result.person().semanticsIdentifier());
        assertEquals("TESTNUMBER", result.person().surname());
    }

    @Test
    void aCertificateFromAnotherCaIsRejected() {
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);

        ResponseVerifier.Result result =
                judged(status(QUALIFIED, "QUALIFIED", hash, foreign.issuedFor(QUALIFIED)), hash);

        assertEquals(AuthenticationOutcome.INVALID_RESPONSE, result.outcome());
        assertNull(result.person());
    }

    @Test
    void aSignatureOverAnotherHashIsRejected() {
        AuthenticationHash ours = AuthenticationHash.generateRandomHash(HashType.SHA512);
        AuthenticationHash theirs = AuthenticationHash.generateRandomHash(HashType.SHA512);

        assertEquals(
                AuthenticationOutcome.INVALID_RESPONSE,
                judged(status(QUALIFIED, "QUALIFIED", theirs, trusted.issuedFor(QUALIFIED)), ours)
                        .outcome());
    }

    @Test
    void aReplayedSessionOfAnotherAttemptIsRejected() {
        AuthenticationHash first = AuthenticationHash.generateRandomHash(HashType.SHA512);
        SessionStatus firstAttemptsStatus = status(QUALIFIED, "QUALIFIED", first, trusted.issuedFor(QUALIFIED));
        AuthenticationHash second = AuthenticationHash.generateRandomHash(HashType.SHA512);

        assertEquals(
                AuthenticationOutcome.OK, judged(firstAttemptsStatus, first).outcome());
        assertEquals(
                AuthenticationOutcome.INVALID_RESPONSE,
                judged(firstAttemptsStatus, second).outcome());
    }

    @Test
    void anExpiredCertificateIsRejected() throws Exception {
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);
        SimulatorCa.Issued expired = SimulatedAnswers.issue(
                trusted,
                QUALIFIED,
                Instant.now().minus(Duration.ofDays(400)),
                Instant.now().minus(Duration.ofDays(1)));

        assertEquals(
                AuthenticationOutcome.INVALID_RESPONSE,
                judged(status(QUALIFIED, "QUALIFIED", hash, expired), hash).outcome());
    }

    @Test
    void aLowerLevelThanAskedIsNotQualified() {
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);

        assertEquals(
                AuthenticationOutcome.NOT_QUALIFIED,
                judged(status(BASIC, "ADVANCED", hash, trusted.issuedFor(BASIC)), hash)
                        .outcome());
    }

    @Test
    void aNonQualifiedCertificateClaimingQualifiedIsNotQualified() throws Exception {
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);
        SimulatorCa.Issued basicCertificate = SimulatedAnswers.issue(
                trusted,
                BASIC,
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(9)));

        assertEquals(
                AuthenticationOutcome.NOT_QUALIFIED,
                judged(status(BASIC, "QUALIFIED", hash, basicCertificate), hash).outcome());
    }

    @Test
    void anotherPersonThanAskedIsRejected() {
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);

        assertEquals(
                AuthenticationOutcome.INVALID_RESPONSE,
                judged(status(OTHER, "QUALIFIED", hash, trusted.issuedFor(OTHER)), hash)
                        .outcome());
    }

    @Test
    void aCertificateThatIsNotYetValidIsRejected() throws Exception {
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);
        SimulatorCa.Issued fromTheFuture = SimulatedAnswers.issue(
                trusted, QUALIFIED, Instant.parse("2040-01-01T00:00:00Z"), Instant.parse("2043-01-01T00:00:00Z"));

        assertEquals(
                AuthenticationOutcome.INVALID_RESPONSE,
                judged(status(QUALIFIED, "QUALIFIED", hash, fromTheFuture), hash)
                        .outcome());
    }

    @Test
    void aCertificateWhoseKeyMayNotSignIsRejected() throws Exception {
        TestCertificates.Holder root = TestCertificates.rootCa("Key usage root");
        TestCertificates.Holder person = TestCertificates.person(
                root,
                ASKED,
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)),
                org.bouncycastle.asn1.x509.KeyUsage.keyEncipherment);
        SessionJudge judgeTrustingRoot = new SessionJudge(new ResponseVerifier(List.of(root.certificate())));
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);

        assertEquals(
                AuthenticationOutcome.INVALID_RESPONSE,
                judgeTrustingRoot
                        .judge(status(QUALIFIED, "QUALIFIED", hash, person.issued()), hash, ASKED)
                        .outcome());
    }

    @Test
    void aCertificateOfAnIntermediateThatIsNotTrustedIsRejected() throws Exception {
        TestCertificates.Holder root = TestCertificates.rootCa("Chain root");
        TestCertificates.Holder intermediate = TestCertificates.intermediateCa(root, "Chain intermediate");
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);
        SessionStatus signedByIntermediate = status(
                QUALIFIED,
                "QUALIFIED",
                hash,
                TestCertificates.person(intermediate, ASKED).issued());

        // Only the root is configured: the path root -> intermediate -> person cannot be built from the response.
        SessionJudge judgeTrustingRoot = new SessionJudge(new ResponseVerifier(List.of(root.certificate())));
        assertEquals(
                AuthenticationOutcome.INVALID_RESPONSE,
                judgeTrustingRoot.judge(signedByIntermediate, hash, ASKED).outcome());
        // Configured as SK's issuing CAs are (the intermediate itself), the same response proves the person.
        SessionJudge judgeTrustingIntermediate =
                new SessionJudge(new ResponseVerifier(List.of(intermediate.certificate())));
        assertEquals(
                AuthenticationOutcome.OK,
                judgeTrustingIntermediate
                        .judge(signedByIntermediate, hash, ASKED)
                        .outcome());
    }

    @ParameterizedTest
    @CsvSource({
        "USER_REFUSED,USER_REFUSED",
        "USER_REFUSED_DISPLAYTEXTANDPIN,USER_REFUSED",
        "USER_REFUSED_VC_CHOICE,USER_REFUSED",
        "USER_REFUSED_CONFIRMATIONMESSAGE,USER_REFUSED",
        "USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE,USER_REFUSED",
        "USER_REFUSED_CERT_CHOICE,USER_REFUSED",
        "TIMEOUT,TIMEOUT",
        "WRONG_VC,WRONG_VC",
        "DOCUMENT_UNUSABLE,DOCUMENT_UNUSABLE",
        "SOMETHING_NEW,INVALID_RESPONSE"
    })
    void everyEndResultHasItsOutcome(String endResult, AuthenticationOutcome expected) {
        AuthenticationHash hash = AuthenticationHash.generateRandomHash(HashType.SHA512);

        assertEquals(
                expected,
                judged(
                                SessionStatusJson.parse(
                                        SimulatedAnswers.failed(endResult).toString()),
                                hash)
                        .outcome());
    }
}
