package lt.iunija.simulator;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulator's sessions: started by the RP API, decided by the person on the phone page or, after the
 * configured delay, by the account's scripted end result, and readable for five minutes after they complete.
 */
@ApplicationScoped
public class SimulatorSessions {

    static final Duration KEPT_AFTER_COMPLETION = Duration.ofMinutes(5);
    /** How long a prompt waits on the phone page in "by hand" mode before it times out, as in the real app. */
    static final Duration BY_HAND_TIMEOUT = Duration.ofMinutes(2);

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
    /** When on, no scripted result is given: every prompt waits for the phone page (or times out). */
    private final AtomicBoolean byHand = new AtomicBoolean();

    /** How long a prompt waits before its account's scripted end result (unless someone answers on the phone page). */
    public Duration scriptedDelay() {
        return Duration.ofMillis(delayMillis);
    }

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
        SimulatedSession session = new SimulatedSession(UUID.randomUUID().toString(), account, request, Instant.now());
        sessions.put(session.getId(), session);
        if (byHand.get()) {
            scheduler.schedule(() -> finish(session, "TIMEOUT"), BY_HAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            scheduler.schedule(() -> finish(session, account.endResult()), delayMillis, TimeUnit.MILLISECONDS);
        }
        return session;
    }

    public boolean isByHand() {
        return byHand.get();
    }

    /**
     * Switches between answering on the phone page only (for demos and for tests that refuse or approve by hand)
     * and the accounts' scripted results; prompts still pending when it goes off get their scripted result now.
     */
    public void answerByHand(boolean on) {
        if (byHand.getAndSet(on) && !on) {
            pending()
                    .forEach(session ->
                            finishOffRequest(session, session.account().endResult()));
        }
    }

    public Optional<SimulatedSession> find(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    /** Sessions still waiting for the person, oldest first (the phone page). */
    public List<SimulatedSession> pending() {
        return sessions.values().stream()
                .filter(session -> !session.isComplete())
                .sorted(Comparator.comparing(SimulatedSession::getStarted))
                .toList();
    }

    /** The person entered PIN1. */
    public void approve(String id) {
        find(id).ifPresent(session -> finishOffRequest(session, "OK"));
    }

    /** The person pressed "refuse" in the app. */
    public void refuse(String id) {
        find(id).ifPresent(session -> finishOffRequest(session, "USER_REFUSED"));
    }

    /**
     * Finishing a session resumes the long polls suspended on it. Payara leaks the CDI request context of an
     * HTTP thread that resumes another request's AsyncResponse (WELD-000714, then "no active request context"
     * on that thread's next request), so the phone page's buttons hand the finish to a managed thread.
     */
    private void finishOffRequest(SimulatedSession session, String endResult) {
        scheduler.execute(() -> finish(session, endResult));
    }

    private boolean finish(SimulatedSession session, String endResult) {
        boolean decided = !session.isComplete() && session.complete(finalStatus(session, endResult));
        if (decided) {
            scheduler.schedule(
                    () -> sessions.remove(session.getId()), KEPT_AFTER_COMPLETION.toMillis(), TimeUnit.MILLISECONDS);
        }
        return decided;
    }

    JsonObject finalStatus(SimulatedSession session, String endResult) {
        if (!"OK".equals(endResult)) {
            return SessionStatusBodies.failed(endResult);
        }
        return SessionStatusBodies.ok(session.account(), session.request(), ca().issuedFor(session.account()));
    }
}
