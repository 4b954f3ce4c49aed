package lt.iunija.incident;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Decides which recorded Smart-ID attempts a report is about: those that reached the person's phone (they
 * have a verification code) within a window around the time the reporter gave, and, when the reporter copied
 * the code from the app, only the attempt with that very code. People remember times roughly, codes exactly.
 */
public final class AttemptMatcher {

    private final Duration window;

    public AttemptMatcher(Duration window) {
        this.window = window;
    }

    public boolean matches(CandidateAttempt attempt, LocalDateTime promptAt, Optional<String> code) {
        return attempt.verificationCode() != null
                && !attempt.startedAt().isBefore(earliest(promptAt))
                && !attempt.startedAt().isAfter(latest(promptAt))
                && code.map(attempt.verificationCode()::equals).orElse(true);
    }

    public List<CandidateAttempt> match(
            List<CandidateAttempt> candidates, LocalDateTime promptAt, Optional<String> code) {
        return candidates.stream()
                .filter(attempt -> matches(attempt, promptAt, code))
                .toList();
    }

    /** The earliest start time an attempt may have to be matched with a prompt at {@code promptAt}. */
    public LocalDateTime earliest(LocalDateTime promptAt) {
        return promptAt.minus(window);
    }

    /** The latest start time an attempt may have to be matched with a prompt at {@code promptAt}. */
    public LocalDateTime latest(LocalDateTime promptAt) {
        return promptAt.plus(window);
    }
}
