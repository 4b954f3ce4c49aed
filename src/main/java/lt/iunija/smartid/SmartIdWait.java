package lt.iunija.smartid;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a page shows while a person answers a Smart-ID prompt: the verification code and the time left. Shared
 * by the member and the admin login pages (WEB-INF/includes/smart-id-wait.xhtml renders it).
 */
public final class SmartIdWait implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long attemptId;
    private String verificationCode;
    private Instant startedAt;
    private Instant expiresAt;
    /**
     * Smart-ID confirmed the login: the page says "Please wait. Logging in…" and its very next request completes
     * the login ({@link #takeConfirmed()}), so nobody looks at a code that no longer matters meanwhile.
     */
    private AttemptState confirmed;

    public void begin(AttemptState state) {
        attemptId = state.attemptId();
        verificationCode = state.verificationCode();
        startedAt = Instant.now();
        expiresAt = state.expiresAt();
    }

    private void stop() {
        attemptId = null;
        verificationCode = null;
        startedAt = null;
        expiresAt = null;
    }

    /**
     * The attempt once it has finished (the wait then stops); empty while it runs or when nothing is awaited.
     * An attempt that no node remembers has timed out once an unanswered prompt would have.
     */
    public Optional<AttemptState> finished(SmartIdAuthentications smartId) {
        if (attemptId == null) {
            return Optional.empty();
        }
        Optional<AttemptState> known = smartId.state(attemptId);
        if (known.isEmpty() && Instant.now().isBefore(startedAt.plus(smartId.unansweredAfter()))) {
            // A wait no node knows: a decoy or a withheld prompt whose node died. It ends when an unanswered
            // prompt would, as it would have there: the page never tells it from a member's prompt.
            return Optional.empty();
        }
        AttemptState state = known.orElseGet(() -> AttemptState.forgotten(attemptId, verificationCode, expiresAt));
        if (state.isRunning()) {
            return Optional.empty();
        }
        stop();
        return Optional.of(state);
    }

    /**
     * The code page's check: once the attempt has ended, an OK moves the page to "logging in" (see
     * {@link #isCompleting()}); any other end goes to {@code ended}. Says whether anything changed (while the
     * person still answers, the page stays as it is).
     */
    public boolean poll(SmartIdAuthentications smartId, Consumer<AttemptState> ended) {
        Optional<AttemptState> finished = finished(smartId);
        finished.ifPresent(state -> {
            if (state.outcome().filter(AuthenticationOutcome.OK::equals).isPresent()) {
                confirmed = state;
            } else {
                ended.accept(state);
            }
        });
        return finished.isPresent();
    }

    /** The person stopped waiting: ends the attempt. Says whether anything was awaited. */
    public boolean cancel(SmartIdAuthentications smartId) {
        if (attemptId == null) {
            return false;
        }
        smartId.cancel(attemptId);
        stop();
        return true;
    }

    public boolean isCompleting() {
        return confirmed != null;
    }

    /** The confirmed attempt, once: for the request that completes the login. */
    public Optional<AttemptState> takeConfirmed() {
        Optional<AttemptState> taken = Optional.ofNullable(confirmed);
        confirmed = null;
        return taken;
    }

    /** Whether the page shows the wait: the code while the person answers, then "logging in". */
    public boolean isWaiting() {
        return attemptId != null || confirmed != null;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The wait's id: the page asks by it whether the wait has ended (login/SmartIdWaitServlet). */
    public Long getAttemptId() {
        return attemptId;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    /** Seconds left for answering in the app, for the countdown. */
    public long getSecondsLeft() {
        return expiresAt == null
                ? 0
                : Math.max(0, Duration.between(Instant.now(), expiresAt).toSeconds());
    }
}
