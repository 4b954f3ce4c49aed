package lt.iunija.smartid;

import ee.sk.smartid.rest.dao.SessionCertificate;
import ee.sk.smartid.rest.dao.SessionResult;
import ee.sk.smartid.rest.dao.SessionSignature;
import ee.sk.smartid.rest.dao.SessionStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * Reads an RP API v2 session status into the client library's own {@link SessionStatus}, so that the library
 * judges it. The portal follows sessions with a non-blocking HTTP client instead of the library's blocking
 * poller, and uses JSON-P, which every Jakarta EE server has.
 */
final class SessionStatusJson {

    private SessionStatusJson() {}

    static SessionStatus parse(String body) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            json = reader.readObject();
        }
        SessionStatus status = new SessionStatus();
        status.setState(json.getString("state", null));
        JsonObject result = json.getJsonObject("result");
        if (result != null) {
            SessionResult sessionResult = new SessionResult();
            sessionResult.setEndResult(result.getString("endResult", null));
            sessionResult.setDocumentNumber(result.getString("documentNumber", null));
            status.setResult(sessionResult);
        }
        JsonObject signature = json.getJsonObject("signature");
        if (signature != null) {
            SessionSignature sessionSignature = new SessionSignature();
            sessionSignature.setValue(signature.getString("value", null));
            sessionSignature.setAlgorithm(signature.getString("algorithm", null));
            status.setSignature(sessionSignature);
        }
        JsonObject cert = json.getJsonObject("cert");
        if (cert != null) {
            SessionCertificate certificate = new SessionCertificate();
            certificate.setValue(cert.getString("value", null));
            certificate.setCertificateLevel(cert.getString("certificateLevel", null));
            status.setCert(certificate);
        }
        status.setInteractionFlowUsed(json.getString("interactionFlowUsed", null));
        status.setDeviceIpAddress(json.getString("deviceIpAddress", null));
        return status;
    }
}
