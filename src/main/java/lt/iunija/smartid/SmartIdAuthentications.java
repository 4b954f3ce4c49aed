package lt.iunija.smartid;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.exception.SmartIdException;
import ee.sk.smartid.exception.permanent.ServerMaintenanceException;
import ee.sk.smartid.exception.useraccount.NoSuitableAccountOfRequestedTypeFoundException;
import ee.sk.smartid.exception.useraccount.PersonShouldViewSmartIdPortalException;
import ee.sk.smartid.exception.useraccount.UserAccountNotFoundException;
import ee.sk.smartid.rest.dao.SessionStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import lt.iunija.tenant.SmartIdDisplayText;
import lt.iunija.tenant.SmartIdPurpose;
import lt.iunija.tenant.Union;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The only door to Smart-ID for the rest of the portal. Starts an authentication (fresh random hash,
 * QUALIFIED, a display text naming the union) and returns its verification code at once; follows the session
 * with non-blocking long polls, so a waiting member holds no thread; judges the result completely; records
 * every attempt; and throttles starts ({@link StartBudgets}). What a page shows before Smart-ID answers is the
 * same for a member and for a {@link #decoy decoy}: same work on the request thread, same wait.
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = SmartIdAuthentications.STARTS, maxAsync = 4)
public class SmartIdAuthentications {

    /**
     * Where members' Smart-ID starts run (record, pause check, the start request): apart from the executor that
     * reads Smart-ID's answers, so a Smart-ID service that hangs on starts cannot delay anyone's answer, and
     * never on a request thread (the page's answer must cost the same for members and strangers). Not through
     * the scheduler: database work handed on from its threads finds no usable context (seen in Payara).
     */
    static final String STARTS = "java:app/concurrent/SmartIdStarts";

    private static final Logger LOG = Logger.getLogger(SmartIdAuthentications.class.getName());
    /** How long a finished attempt stays readable for the page that waits for it. */
    private static final Duration KEEP_FINISHED = Duration.ofMinutes(10);

    private static final int MAX_POLL_FAILURES = 3;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * How long a node's claim to follow an attempt lasts unless renewed ({@link AbandonedAttempts} renews it
     * every 5 seconds): when a node dies, another node takes its waiting logins over within this time.
     */
    static final Duration LEASE = Duration.ofSeconds(15);

    @Inject
    SmartIdConnection connection;

    @Inject
    SmartIdStartCalls startCalls;

    @Inject
    AttemptRecords records;

    @Inject
    InitiationMutes mutes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.session-seconds", defaultValue = "120")
    int sessionSeconds;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.poll-timeout-ms", defaultValue = "30000")
    int pollTimeoutMs;

    @Inject
    @ConfigProperty(name = "iunija.login.decoy-ms")
    Optional<Long> decoyMillis;

    @Inject
    StartBudgets budgets;

    @Inject
    AttemptMetrics metrics;

    @Resource(lookup = STARTS)
    ManagedExecutorService initiations;

    @Inject
    KnownBrowsers knownBrowsers;

    /** This node, as named in the attempts it follows. */
    private final String node = UUID.randomUUID().toString();

    private final Map<Long, AttemptState> attempts = new ConcurrentHashMap<>();
    /** The record of each wait that has one (a decoy or a withheld prompt has none), by wait id. */
    private final Map<Long, SmartIdAttempt> recorded = new ConcurrentHashMap<>();

    @PostConstruct
    void registerGauge() {
        metrics.pendingFrom(
                () -> attempts.values().stream().filter(AttemptState::isRunning).count());
    }

    /**
     * Starts a Smart-ID authentication of {@code semanticsIdentifier} for {@code union}. The returned state is
     * running (show its verification code) or refused at once (too many starts). The request to Smart-ID goes
     * out on another thread, so the answer takes as long as a {@link #decoy decoy's}; a refusal by Smart-ID
     * (no account, not qualified, ...) is the attempt's outcome a moment later.
     * <p>
     * A prompt from a browser that has not logged this person in before is withheld while the person's logins
     * are paused after an incident report: the wait then looks and ends exactly like a decoy.
     */
    public AttemptState start(Union union, String semanticsIdentifier, SmartIdPurpose purpose, ClientInfo client) {
        boolean known = knownBrowsers.isKnown(client.browser(), union.id(), semanticsIdentifier);
        if (!budgets.admit(purpose, semanticsIdentifier, client, known)) {
            metrics.throttled(purpose);
            initiations.execute(() -> records.refused(
                    new SmartIdAttempt(union.id(), semanticsIdentifier, purpose, client, known),
                    AuthenticationOutcome.THROTTLED));
            LOG.info(() -> "Smart-ID start throttled for " + SemanticsIdentifiers.masked(semanticsIdentifier) + " from "
                    + client.address());
            return refusedNow(union);
        }
        AuthenticationHash hash = AuthenticationHash.generateRandomHash();
        AttemptState pending = waiting(union, semanticsIdentifier, hash.calculateVerificationCode());
        attempts.put(pending.attemptId(), pending);
        initiations.execute(() -> initiate(
                union,
                pending,
                hash,
                new SmartIdAttempt(union.id(), semanticsIdentifier, purpose, client, known),
                client));
        return pending;
    }

    /**
     * A wait for nobody, for a user number or personal code that may not log in: it counts against the same
     * budgets as a real start (keyed by what was typed), shows a verification code, sends no prompt anywhere,
     * and ends as an unanswered prompt ends, at the same time. The page never tells who is a member.
     */
    public AttemptState decoy(Union union, String typed, SmartIdPurpose purpose, ClientInfo client) {
        knownBrowsers.isKnown(client.browser(), union.id(), typed); // the same look-up as a real start, never a row
        if (!budgets.admit(purpose, typed, client, false)) {
            metrics.throttled(purpose);
            return refusedNow(union);
        }
        AttemptState pending =
                waiting(union, null, AuthenticationHash.generateRandomHash().calculateVerificationCode());
        attempts.put(pending.attemptId(), pending);
        endUnanswered(pending);
        return pending;
    }

    private AttemptState waiting(Union union, String semanticsIdentifier, String verificationCode) {
        return AttemptState.running(
                RANDOM.nextLong() & Long.MAX_VALUE,
                union.id(),
                semanticsIdentifier,
                verificationCode,
                Instant.now().plusSeconds(sessionSeconds));
    }

    private AttemptState refusedNow(Union union) {
        return waiting(union, null, null).finished(AuthenticationOutcome.THROTTLED, null);
    }

    /** Off the request thread: record the attempt, then ask Smart-ID (or withhold the prompt while paused). */
    private void initiate(
            Union union, AttemptState pending, AuthenticationHash hash, SmartIdAttempt record, ClientInfo client) {
        try {
            String identity = pending.semanticsIdentifier();
            if (!record.isFromKnownBrowser() && mutes.mutedUntil(identity).isPresent()) {
                records.refused(record, AuthenticationOutcome.MUTED);
                LOG.info(() -> "Smart-ID prompt for " + SemanticsIdentifiers.masked(identity)
                        + " withheld: paused after an incident report");
                endUnanswered(pending);
                return;
            }
            long recordId = records.begin(record);
            recorded.put(pending.attemptId(), record);
            AttemptState now = attempts.get(pending.attemptId());
            if (now != null && !now.isRunning()) {
                records.ended(recordId, now.outcome().orElseThrow(), null); // cancelled before the prompt went out
                metrics.finished(record, now.outcome().orElseThrow());
                return;
            }
            String sessionId;
            try {
                sessionId = startCalls.start(identity, hash, displayText(union, record.getPurpose()));
            } catch (RuntimeException e) {
                AuthenticationOutcome failure = initiationFailure(e);
                if (failure == AuthenticationOutcome.SERVICE_UNAVAILABLE
                        || failure == AuthenticationOutcome.MAINTENANCE) {
                    budgets.refund(record.getPurpose(), identity, client, record.isFromKnownBrowser());
                }
                finish(pending, failure, null);
                return;
            }
            records.started(
                    recordId, sessionId, pending, hash, node, Instant.now().plus(LEASE));
            follow(pending, sessionId, hash, 0);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Smart-ID authentication could not be started", e);
            finish(pending, AuthenticationOutcome.SERVICE_UNAVAILABLE, null);
        }
    }

    /** Ends a wait that sends no prompt as a prompt nobody answers would end, and when it would. */
    private void endUnanswered(AttemptState pending) {
        long millis = unansweredMillis() + RANDOM.nextInt(300);
        scheduler.schedule(() -> finish(pending, AuthenticationOutcome.TIMEOUT, null), millis, TimeUnit.MILLISECONDS);
    }

    /** How long after its start a prompt nobody answers ends (and so does a decoy). */
    public Duration unansweredAfter() {
        return Duration.ofMillis(unansweredMillis());
    }

    /**
     * When Smart-ID answers a prompt nobody confirms: the simulator after its scripted delay; SK's service
     * when the person's time is up (the portal's own session deadline unless configured).
     */
    private long unansweredMillis() {
        return decoyMillis.orElseGet(() -> connection
                .builtIn()
                .map(local -> local.unconfirmedAnswerDelay().toMillis())
                .orElse(sessionSeconds * 1000L));
    }

    /** The database id of the attempt behind a wait, once it is recorded (a decoy has none). */
    public Optional<Long> recordId(long attemptId) {
        return Optional.ofNullable(recorded.get(attemptId))
                .map(SmartIdAttempt::getId)
                .or(() -> records.byWait(attemptId).map(SmartIdAttempt::getId));
    }

    /**
     * The current state of a wait: from memory on the node that started it; on any other node (its page came
     * here because its node died, or the load balancer moved it) from the database, and if the node that
     * followed the Smart-ID session has stopped renewing its lease, this node takes over following it.
     */
    public Optional<AttemptState> state(long attemptId) {
        AttemptState known = attempts.get(attemptId);
        return known != null ? Optional.of(known) : records.byWait(attemptId).map(this::adopt);
    }

    /**
     * Whether a page's wait has ended, for the page's cheap question ({@code login.SmartIdWaitServlet}): from memory
     * when this node follows the wait (decoys included), otherwise from the wait's record, which also lets this node
     * take over a wait whose node has stopped. A wait nobody recorded and this node does not follow (a decoy or a
     * withheld prompt of a node that has stopped) never ends here: its page asks anyway at its deadline.
     */
    public boolean hasEnded(long attemptId) {
        return state(attemptId).filter(state -> !state.isRunning()).isPresent();
    }

    /** A recorded attempt another node started: followed from here if its follower is gone. */
    private AttemptState adopt(SmartIdAttempt record) {
        AttemptState state = record.state();
        if (state.isRunning()
                && record.getLeaseUntil().isBefore(LocalDateTime.now(ZoneOffset.UTC))
                && records.takeOver(record.getId(), node, Instant.now().plus(LEASE))
                && attempts.putIfAbsent(state.attemptId(), state) == null) {
            recorded.put(state.attemptId(), record);
            LOG.info(() -> "Smart-ID attempt " + record.getId() + " taken over: the node that followed it has stopped");
            follow(state, record.getSessionId(), record.authenticationHash(), 0);
        }
        return state;
    }

    /** The member stopped waiting: the attempt ends as cancelled unless it has already ended. */
    public void cancel(long attemptId) {
        AttemptState state = attempts.get(attemptId);
        if (state != null && state.isRunning()) {
            finish(state, AuthenticationOutcome.CANCELLED, null);
        } else if (state == null) {
            records.byWait(attemptId)
                    .filter(record -> record.getOutcome() == null)
                    .ifPresent(record -> records.ended(record.getId(), AuthenticationOutcome.CANCELLED, null));
        }
    }

    /** Tells the other nodes that this one is alive and still follows its attempts (every few seconds). */
    void renewLeases() {
        records.renewLeases(node, Instant.now().plus(LEASE));
    }

    private void follow(AttemptState attempt, String sessionId, AuthenticationHash hash, int failures) {
        var connected = connection.get();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(connected.baseUrl() + "session/" + sessionId + "?timeoutMs=" + pollTimeoutMs))
                .header("Accept", "application/json")
                .timeout(Duration.ofMillis(pollTimeoutMs + 15000L))
                .GET()
                .build();
        connected
                .http()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .whenCompleteAsync(
                        (response, error) -> onStatus(attempt, sessionId, hash, failures, response, error),
                        connected.answers());
    }

    private void onStatus(
            AttemptState attempt,
            String sessionId,
            AuthenticationHash hash,
            int failures,
            HttpResponse<String> response,
            Throwable error) {
        AttemptState current = attempts.get(attempt.attemptId());
        if (current == null || !current.isRunning()) {
            return; // cancelled meanwhile
        }
        try {
            if (error != null || response.statusCode() != 200) {
                String problem = error != null ? error.toString() : "HTTP " + response.statusCode();
                if (failures + 1 >= MAX_POLL_FAILURES || (response != null && response.statusCode() == 404)) {
                    LOG.warning(() -> "Smart-ID session " + sessionId + " cannot be followed: " + problem);
                    finish(current, AuthenticationOutcome.SERVICE_UNAVAILABLE, null);
                } else {
                    scheduler.schedule(() -> follow(current, sessionId, hash, failures + 1), 1, TimeUnit.SECONDS);
                }
                return;
            }
            SessionStatus status = SessionStatusJson.parse(response.body());
            if ("RUNNING".equals(status.getState())) {
                if (Instant.now().isAfter(current.expiresAt().plusSeconds(10))) {
                    finish(current, AuthenticationOutcome.TIMEOUT, null);
                } else {
                    follow(current, sessionId, hash, 0);
                }
                return;
            }
            ResponseVerifier.Result result =
                    new SessionJudge(connection.get().verifier()).judge(status, hash, current.semanticsIdentifier());
            finish(current, result.outcome(), result.person());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Smart-ID session " + sessionId + " gave an unreadable status", e);
            finish(current, AuthenticationOutcome.INVALID_RESPONSE, null);
        }
    }

    /** Ends an attempt once: whoever comes first (the session, a cancel, a failure) decides its outcome. */
    private AttemptState finish(AttemptState attempt, AuthenticationOutcome outcome, VerifiedPerson person) {
        AttemptState finished = attempt.finished(outcome, person);
        boolean[] decided = {false};
        AttemptState result = attempts.compute(attempt.attemptId(), (id, current) -> {
            if (current != null && !current.isRunning()) {
                return current;
            }
            decided[0] = true;
            return finished;
        });
        if (decided[0]) {
            SmartIdAttempt record = recorded.get(attempt.attemptId());
            if (record != null) {
                records.ended(record.getId(), outcome, person);
                metrics.finished(record, outcome);
            }
            scheduler.schedule(
                    () -> {
                        attempts.remove(attempt.attemptId());
                        recorded.remove(attempt.attemptId());
                    },
                    KEEP_FINISHED.toMinutes(),
                    TimeUnit.MINUTES);
        }
        return result;
    }

    private static String displayText(Union union, SmartIdPurpose purpose) {
        return SmartIdDisplayText.of(union, purpose);
    }

    static AuthenticationOutcome initiationFailure(RuntimeException e) {
        if (e instanceof UserAccountNotFoundException) {
            return AuthenticationOutcome.ACCOUNT_NOT_FOUND;
        }
        if (e instanceof NoSuitableAccountOfRequestedTypeFoundException) {
            return AuthenticationOutcome.NOT_QUALIFIED;
        }
        if (e instanceof PersonShouldViewSmartIdPortalException) {
            return AuthenticationOutcome.VIEW_APP;
        }
        if (e instanceof ServerMaintenanceException) {
            return AuthenticationOutcome.MAINTENANCE;
        }
        if (e instanceof CircuitBreakerOpenException) {
            // Recent starts failed: the member hears at once that Smart-ID cannot be reached; no line each.
            return AuthenticationOutcome.SERVICE_UNAVAILABLE;
        }
        if (e instanceof SmartIdException
                || e instanceof ProcessingException
                || e instanceof jakarta.ws.rs.WebApplicationException) {
            // Expected when SK is down: one line, no stack trace per member.
            LOG.warning(() -> "Smart-ID authentication could not be started: " + e);
            return AuthenticationOutcome.SERVICE_UNAVAILABLE;
        }
        throw e;
    }
}
