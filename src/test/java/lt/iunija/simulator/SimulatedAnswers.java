package lt.iunija.simulator;

import jakarta.json.JsonObject;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's CA and session answers, opened up for tests that build what the simulator never sends: answers
 * signed by a foreign CA, by expired or future certificates, or tampered with.
 */
public final class SimulatedAnswers {

    private SimulatedAnswers() {}

    /** A CA kept only in memory, valid for a month. */
    public static SimulatorCa newCa() throws GeneralSecurityException {
        return SimulatorCa.createNew(Duration.ofDays(30));
    }

    /** A key and certificate for the account from {@code ca}, valid between the given instants. */
    public static SimulatorCa.Issued issue(SimulatorCa ca, TestAccount account, Instant notBefore, Instant notAfter)
            throws GeneralSecurityException {
        return ca.issue(account, notBefore, notAfter);
    }

    /** A COMPLETE session status with end result OK, built from its parts. */
    public static JsonObject ok(
            String documentNumber,
            String certificateLevel,
            String hashType,
            byte[] hash,
            String interaction,
            SimulatorCa.Issued issued) {
        return SessionStatusBodies.ok(documentNumber, certificateLevel, hashType, hash, interaction, issued);
    }

    /** A COMPLETE session status without a signature. */
    public static JsonObject failed(String endResult) {
        return SessionStatusBodies.failed(endResult);
    }
}
