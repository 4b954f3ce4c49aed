package lt.iunija.simulator;

import ee.sk.smartid.VerificationCodeCalculator;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * One authentication session of the simulator: what was asked, of which account, and its final status once
 * the person on the phone page or the account's script has decided it. The status completes exactly once.
 */
public final class SimulatedSession {

    private final String id;
    private final TestAccount account;
    private final AuthenticationRequest request;
    private final Instant started;
    private final CompletableFuture<JsonObject> finalStatus = new CompletableFuture<>();

    SimulatedSession(String id, TestAccount account, AuthenticationRequest request, Instant started) {
        this.id = id;
        this.account = account;
        this.request = request;
        this.started = started;
    }

    public String getId() {
        return id;
    }

    public TestAccount account() {
        return account;
    }

    public String getIdentity() {
        return account.semanticsIdentifier();
    }

    public String getDisplayText() {
        return request.displayText();
    }

    /** The code the phone shows: computed from the hash exactly as the relying party computes it. */
    public String getVerificationCode() {
        return VerificationCodeCalculator.calculate(request.hash());
    }

    public Instant getStarted() {
        return started;
    }

    public String getScriptedEndResult() {
        return account.endResult();
    }

    AuthenticationRequest request() {
        return request;
    }

    public boolean isComplete() {
        return finalStatus.isDone();
    }

    CompletableFuture<JsonObject> finalStatus() {
        return finalStatus;
    }

    /** @return whether this call decided the session (false when it was already complete) */
    boolean complete(JsonObject status) {
        return finalStatus.complete(status);
    }
}
