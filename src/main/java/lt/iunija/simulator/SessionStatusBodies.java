package lt.iunija.simulator;

import ee.sk.smartid.HashType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.Locale;

/** The COMPLETE session status bodies of the RP API v2, as SK documents them. */
final class SessionStatusBodies {

    private SessionStatusBodies() {}

    /** A session that ended without a signature (USER_REFUSED, TIMEOUT, WRONG_VC, ...). */
    static JsonObject failed(String endResult) {
        return Json.createObjectBuilder()
                .add("state", "COMPLETE")
                .add("result", Json.createObjectBuilder().add("endResult", endResult))
                .build();
    }

    /** A confirmed session: the account signed the request's hash with the issued key. */
    static JsonObject ok(TestAccount account, AuthenticationRequest request, SimulatorCa.Issued issued) {
        return ok(
                account.documentNumber(),
                account.certificateLevel(),
                request.hashType(),
                request.hash(),
                request.interactionType(),
                issued);
    }

    /** The same, from its parts. */
    static JsonObject ok(
            String documentNumber,
            String certificateLevel,
            String hashTypeName,
            byte[] hash,
            String interaction,
            SimulatorCa.Issued issued) {
        HashType hashType = HashType.valueOf(hashTypeName);
        try {
            byte[] signature = SimulatorCa.signHash(issued.key(), hashType.getDigestInfoPrefix(), hash);
            return Json.createObjectBuilder()
                    .add("state", "COMPLETE")
                    .add(
                            "result",
                            Json.createObjectBuilder().add("endResult", "OK").add("documentNumber", documentNumber))
                    .add(
                            "signature",
                            Json.createObjectBuilder()
                                    .add("value", Base64.getEncoder().encodeToString(signature))
                                    .add(
                                            "algorithm",
                                            hashType.getHashTypeName().toLowerCase(Locale.ROOT) + "WithRSAEncryption"))
                    .add(
                            "cert",
                            Json.createObjectBuilder()
                                    .add(
                                            "value",
                                            Base64.getEncoder()
                                                    .encodeToString(
                                                            issued.certificate().getEncoded()))
                                    .add("certificateLevel", certificateLevel))
                    .add("interactionFlowUsed", interaction)
                    .build();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign for " + documentNumber, e);
        }
    }
}
