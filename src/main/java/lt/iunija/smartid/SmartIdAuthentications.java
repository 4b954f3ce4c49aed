package lt.iunija.smartid;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.exception.permanent.ServerMaintenanceException;
import ee.sk.smartid.exception.useraccount.NoSuitableAccountOfRequestedTypeFoundException;
import ee.sk.smartid.exception.useraccount.PersonShouldViewSmartIdPortalException;
import ee.sk.smartid.exception.useraccount.UserAccountNotFoundException;
import ee.sk.smartid.exception.SmartIdException;
import ee.sk.smartid.rest.dao.Interaction;
import ee.sk.smartid.rest.dao.SessionStatus;
import lt.iunija.smartid.SmartIdAttempt.Purpose;
import lt.iunija.tenant.SmartIdDisplayText;
import lt.iunija.tenant.Union;

/**
 * The only door to Smart-ID for the rest of the portal. Starts an authentication (fresh random hash,
 * QUALIFIED, a display text naming the union) and returns its verification code at once; follows the session
 * with non-blocking long polls, so a waiting member holds no thread; judges the result completely; records
 * every attempt; and throttles starts per identity and per client address.
 */
@ApplicationScoped
public class SmartIdAuthentications {

    private static final Logger LOG = Logger.getLogger(SmartIdAuthentications.class.getName());
    /** How long a finished attempt stays readable for the page that waits for it. */
    private static final Duration KEEP_FINISHED = Duration.ofMinutes(10);
    private static final int MAX_POLL_FAILURES = 3;

    @Inject
    SmartIdConnection connection;

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
    @ConfigProperty(name = "iunija.smart-id.throttle.identity-limit", defaultValue = "5")
    int identityLimit;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.throttle.address-limit", defaultValue = "30")
    int addressLimit;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.throttle.window-seconds", defaultValue = "600")
    int throttleWindowSeconds;

    private final Map<Long, AttemptState> attempts = new ConcurrentHashMap<>();
    private Throttle perIdentity;
    private Throttle perAddress;

    @PostConstruct
    void createThrottles() {
        Duration window = Duration.ofSeconds(throttleWindowSeconds);
        perIdentity = new Throttle(identityLimit, window, Clock.systemUTC());
        perAddress = new Throttle(addressLimit, window, Clock.systemUTC());
    }

    /**
     * Starts a Smart-ID authentication of {@code semanticsIdentifier} for {@code union}. The returned state is
     * running (show its verification code) or already finished (show its outcome).
     */
    public AttemptState start(Union union, String semanticsIdentifier, Purpose purpose, ClientInfo client) {
        long attemptId = records.begin(new SmartIdAttempt(union.id(), semanticsIdentifier, purpose, client));
        Instant expiresAt = Instant.now().plusSeconds(sessionSeconds);
        AttemptState running = new AttemptState(attemptId, union.id(), semanticsIdentifier, null, expiresAt,
                Optional.empty(), Optional.empty());
        if (mutes.mutedUntil(semanticsIdentifier).isPresent()) {
            LOG.info(() -> "Smart-ID start for " + semanticsIdentifier + " refused: muted after an incident report");
            return finish(running, AuthenticationOutcome.MUTED, null);
        }
        // Both throttles count the attempt: a bomber changing address still hits the identity limit.
        boolean identityAllowed = perIdentity.tryAcquire(semanticsIdentifier);
        boolean addressAllowed = perAddress.tryAcquire(client.address());
        if (!identityAllowed || !addressAllowed) {
            LOG.warning(() -> "Smart-ID start throttled for " + semanticsIdentifier + " from " + client.address());
            return finish(running, AuthenticationOutcome.THROTTLED, null);
        }
        AuthenticationHash hash = AuthenticationHash.generateRandomHash();
        String verificationCode = hash.calculateVerificationCode();
        String sessionId;
        try {
            sessionId = connection.get().client().createAuthentication()
                    .withSemanticsIdentifierAsString(semanticsIdentifier)
                    .withAuthenticationHash(hash)
                    .withCertificateLevel(SessionJudge.REQUIRED_LEVEL)
                    .withAllowedInteractionsOrder(List.of(Interaction.displayTextAndPIN(displayText(union, purpose))))
                    .initiateAuthentication();
        } catch (RuntimeException e) {
            return finish(running, initiationFailure(e), null);
        }
        records.started(attemptId, sessionId, verificationCode);
        AttemptState pending = new AttemptState(attemptId, union.id(), semanticsIdentifier, verificationCode, expiresAt,
                Optional.empty(), Optional.empty());
        attempts.put(attemptId, pending);
        follow(pending, sessionId, hash, 0);
        return pending;
    }

    /** The current state of an attempt this server started, while it is remembered. */
    public Optional<AttemptState> state(long attemptId) {
        return Optional.ofNullable(attempts.get(attemptId));
    }

    /** The member stopped waiting: the attempt ends as cancelled unless it has already ended. */
    public void cancel(long attemptId) {
        AttemptState state = attempts.get(attemptId);
        if (state != null && state.isRunning()) {
            finish(state, AuthenticationOutcome.CANCELLED, null);
        }
    }

    private void follow(AttemptState attempt, String sessionId, AuthenticationHash hash, int failures) {
        var connected = connection.get();
        HttpRequest request = HttpRequest.newBuilder(URI.create(connected.baseUrl() + "session/" + sessionId + "?timeoutMs=" + pollTimeoutMs))
                .header("Accept", "application/json")
                .timeout(Duration.ofMillis(pollTimeoutMs + 15000L))
                .GET().build();
        connected.http().sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, error) -> onStatus(attempt, sessionId, hash, failures, response, error));
    }

    private void onStatus(AttemptState attempt, String sessionId, AuthenticationHash hash, int failures,
                          HttpResponse<String> response, Throwable error) {
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
            ResponseVerifier.Result result = new SessionJudge(connection.get().verifier()).judge(status, hash, current.semanticsIdentifier());
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
            records.ended(attempt.attemptId(), outcome);
            scheduler.schedule(() -> attempts.remove(attempt.attemptId()), KEEP_FINISHED.toMinutes(), TimeUnit.MINUTES);
        }
        return result;
    }

    private static String displayText(Union union, Purpose purpose) {
        return SmartIdDisplayText.of(union, purpose == Purpose.ADMIN_LOGIN
                ? SmartIdDisplayText.Purpose.ADMIN_LOGIN : SmartIdDisplayText.Purpose.MEMBER_LOGIN);
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
        if (e instanceof SmartIdException || e instanceof ProcessingException || e instanceof jakarta.ws.rs.WebApplicationException) {
            LOG.log(Level.WARNING, "Smart-ID authentication could not be started", e);
            return AuthenticationOutcome.SERVICE_UNAVAILABLE;
        }
        throw e;
    }
}
