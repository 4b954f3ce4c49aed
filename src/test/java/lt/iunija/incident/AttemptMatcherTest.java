package lt.iunija.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptMatcherTest {

    private static final LocalDateTime PROMPT = LocalDateTime.of(2026, 11, 21, 10, 0);
    private final AttemptMatcher matcher = new AttemptMatcher(Duration.ofMinutes(20));

    private static CandidateAttempt attempt(long id, int minutesFromPrompt, String code) {
        return new CandidateAttempt(id, PROMPT.plusMinutes(minutesFromPrompt), code);
    }

    @Test
    void matchesAttemptsInsideTheWindowOnBothSides() {
        List<CandidateAttempt> candidates = List.of(
                attempt(1, -20, "1111"),
                attempt(2, 5, "2222"),
                attempt(3, 20, "3333"),
                attempt(4, -21, "4444"),
                attempt(5, 21, "5555"));

        assertEquals(List.of(1L, 2L, 3L), ids(matcher.match(candidates, PROMPT, Optional.empty())));
    }

    @Test
    void aGivenCodeMustEqualTheAttemptsCode() {
        List<CandidateAttempt> candidates = List.of(attempt(1, -3, "1234"), attempt(2, 2, "9876"));

        assertEquals(List.of(2L), ids(matcher.match(candidates, PROMPT, Optional.of("9876"))));
        assertEquals(List.of(), ids(matcher.match(candidates, PROMPT, Optional.of("0000"))));
    }

    @Test
    void attemptsThatNeverReachedThePhoneDoNotMatch() {
        // Throttled, muted or refused-at-start attempts have no verification code: no prompt was shown.
        List<CandidateAttempt> candidates = List.of(attempt(1, 0, null));

        assertEquals(List.of(), ids(matcher.match(candidates, PROMPT, Optional.empty())));
    }

    @Test
    void theWindowBoundsMatchTheQueryRange() {
        assertEquals(PROMPT.minusMinutes(20), matcher.earliest(PROMPT));
        assertEquals(PROMPT.plusMinutes(20), matcher.latest(PROMPT));
    }

    private static List<Long> ids(List<CandidateAttempt> attempts) {
        return attempts.stream().map(CandidateAttempt::id).toList();
    }
}
