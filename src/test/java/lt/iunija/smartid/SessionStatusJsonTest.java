package lt.iunija.smartid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.sk.smartid.rest.dao.SessionStatus;
import org.junit.jupiter.api.Test;

class SessionStatusJsonTest {

    @Test
    void mapsEveryFieldTheJudgeReads() {
        SessionStatus status = SessionStatusJson.parse("""
                {"state":"COMPLETE",
                 "result":{"endResult":"OK","documentNumber":"PNOLT-30303039914-MOCK-Q"},
                 "signature":{"value":"c2ln","algorithm":"sha512WithRSAEncryption"},
                 "cert":{"value":"Y2VydA==","certificateLevel":"QUALIFIED"},
                 "interactionFlowUsed":"displayTextAndPIN",
                 "deviceIpAddress":"10.0.0.1",
                 "ignoredProperties":["vcChoice"]}
                """);

        assertEquals("COMPLETE", status.getState());
        assertEquals("OK", status.getResult().getEndResult());
        assertEquals("PNOLT-30303039914-MOCK-Q", status.getResult().getDocumentNumber());
        assertEquals("c2ln", status.getSignature().getValue());
        assertEquals("sha512WithRSAEncryption", status.getSignature().getAlgorithm());
        assertEquals("Y2VydA==", status.getCert().getValue());
        assertEquals("QUALIFIED", status.getCert().getCertificateLevel());
        assertEquals("displayTextAndPIN", status.getInteractionFlowUsed());
        assertEquals("10.0.0.1", status.getDeviceIpAddress());
        assertEquals("vcChoice", status.getIgnoredProperties()[0]);
    }

    @Test
    void aRunningSessionHasNoResultYet() {
        SessionStatus status = SessionStatusJson.parse("{\"state\":\"RUNNING\"}");

        assertEquals("RUNNING", status.getState());
        assertNull(status.getResult());
        assertNull(status.getCert());
    }

    @Test
    void fieldsSkAddsLaterAreIgnored() {
        SessionStatus status = SessionStatusJson.parse(
                "{\"state\":\"COMPLETE\",\"somethingNew\":{\"a\":1},\"result\":{\"endResult\":\"USER_REFUSED\",\"x\":2}}");

        assertEquals("USER_REFUSED", status.getResult().getEndResult());
    }

    @Test
    void anUnreadableBodyIsAnError() {
        assertThrows(RuntimeException.class, () -> SessionStatusJson.parse("<html>proxy error</html>"));
    }
}
