package lt.iunija.login;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import lt.iunija.smartid.AttemptState;

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

    public void begin(AttemptState state) {
        attemptId = state.attemptId();
        verificationCode = state.verificationCode();
        startedAt = Instant.now();
        expiresAt = state.expiresAt();
    }

    public void stop() {
        attemptId = null;
        verificationCode = null;
        startedAt = null;
        expiresAt = null;
    }

    public boolean isWaiting() {
        return attemptId != null;
    }

    public long attemptId() {
        return attemptId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    /** Seconds left for answering in the app, for the countdown. */
    public long getSecondsLeft() {
        return expiresAt == null ? 0 : Math.max(0, Duration.between(Instant.now(), expiresAt).toSeconds());
    }
}
