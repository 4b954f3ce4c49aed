package lt.iunija.smartid.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ee.sk.smartid.HashType;

/**
 * The simulator's sessions: started by the RP API, decided by the person on the phone page or, after the
 * configured delay, by the account's scripted end result, and readable for five minutes after they complete.
 */
@ApplicationScoped
public class SimulatorSessions {

    static final Duration KEPT_AFTER_COMPLETION = Duration.ofMinutes(5);

    @Inject
    @ConfigProperty(name = "iunija.smart-id.simulator.delay-ms", defaultValue = "4000")
    long delayMillis;

    @Inject
    @ConfigProperty(name = "iunija.data.dir")
    String dataDir;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final TestAccounts accounts = TestAccounts.bundled();
    private final Map<String, SimulatedSession> sessions = new ConcurrentHashMap<>();
    private volatile SimulatorCa ca;

    public TestAccounts accounts() {
        return accounts;
    }

    /** The test CA, created in the data directory at first use. */
    public SimulatorCa ca() {
        SimulatorCa current = ca;
        if (current == null) {
            synchronized (this) {
                if (ca == null) {
                    try {
                        ca = SimulatorCa.loadOrCreate(Path.of(dataDir, "smart-id-simulator", "ca.p12"));
                    } catch (IOException | GeneralSecurityException e) {
                        throw new IllegalStateException("Cannot create or read the Smart-ID simulator's test CA", e);
                    }
                }
                current = ca;
            }
        }
        return current;
    }

    public SimulatedSession start(TestAccount account, AuthenticationRequest request) {
        Instant now = Instant.now();
        SimulatedSession session = new SimulatedSession(UUID.randomUUID().toString(), account, request, now,
                now.plusMillis(delayMillis));
        sessions.put(session.getId(), session);
        scheduler.schedule(() -> finish(session, account.endResult()), delayMillis, TimeUnit.MILLISECONDS);
        return session;
    }

    public Optional<SimulatedSession> find(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    /** Sessions still waiting for the person, oldest first (the phone page). */
    public List<SimulatedSession> pending() {
        return sessions.values().stream().filter(session -> !session.isComplete())
                .sorted(Comparator.comparing(SimulatedSession::getStarted)).toList();
    }

    /** The person entered PIN1. */
    public boolean approve(String id) {
        return find(id).map(session -> finish(session, "OK")).orElse(false);
    }

    /** The person pressed "refuse" in the app. */
    public boolean refuse(String id) {
        return find(id).map(session -> finish(session, "USER_REFUSED")).orElse(false);
    }

    private boolean finish(SimulatedSession session, String endResult) {
        if (session.isComplete()) {
            return false;
        }
        boolean decided = session.complete(finalStatus(session, endResult));
        if (decided) {
            scheduler.schedule(() -> sessions.remove(session.getId()), KEPT_AFTER_COMPLETION.toMillis(), TimeUnit.MILLISECONDS);
        }
        return decided;
    }

    /** The COMPLETE session status exactly as the RP API v2 returns it. */
    JsonObject finalStatus(SimulatedSession session, String endResult) {
        TestAccount account = session.account();
        var result = Json.createObjectBuilder().add("endResult", endResult);
        var status = Json.createObjectBuilder().add("state", "COMPLETE");
        if (!"OK".equals(endResult)) {
            return status.add("result", result).build();
        }
        AuthenticationRequest request = session.request();
        HashType hashType = HashType.valueOf(request.hashType());
        SimulatorCa.Issued issued = ca().issuedFor(account);
        try {
            byte[] signature = SimulatorCa.signHash(issued.key(), hashType.getDigestInfoPrefix(), request.hash());
            return status
                    .add("result", result.add("documentNumber", account.documentNumber()))
                    .add("signature", Json.createObjectBuilder()
                            .add("value", Base64.getEncoder().encodeToString(signature))
                            .add("algorithm", hashType.getHashTypeName().toLowerCase(java.util.Locale.ROOT) + "WithRSAEncryption"))
                    .add("cert", Json.createObjectBuilder()
                            .add("value", Base64.getEncoder().encodeToString(issued.certificate().getEncoded()))
                            .add("certificateLevel", account.certificateLevel()))
                    .add("interactionFlowUsed", request.interactionType())
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The simulator cannot sign for " + account.semanticsIdentifier(), e);
        }
    }
}
