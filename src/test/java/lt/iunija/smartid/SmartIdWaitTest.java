package lt.iunija.smartid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A wait that no node knows (a decoy, or a withheld prompt, whose node died) ends as an unanswered prompt
 * would, when it would: the page never tells a stranger's wait from a member's.
 */
class SmartIdWaitTest {

    /** A Smart-ID door that knows no wait; unanswered prompts end after {@code unanswered}. */
    private static SmartIdAuthentications knowingNothing(Duration unanswered) {
        return new SmartIdAuthentications() {
            @Override
            public Optional<AttemptState> state(long attemptId) {
                return Optional.empty();
            }

            @Override
            public Duration unansweredAfter() {
                return unanswered;
            }
        };
    }

    private static SmartIdWait waiting() {
        SmartIdWait wait = new SmartIdWait();
        wait.begin(
                AttemptState.running(42, "nemunas", null, "1234", Instant.now().plusSeconds(120)));
        return wait;
    }

    @Test
    void anUnknownWaitRunsUntilAnUnansweredPromptWouldEnd() {
        SmartIdWait wait = waiting();
        assertTrue(wait.finished(knowingNothing(Duration.ofMinutes(1))).isEmpty());
        assertTrue(wait.isWaiting());
    }

    @Test
    void thenItEndsAsUnanswered() {
        SmartIdWait wait = waiting();
        assertEquals(
                AuthenticationOutcome.TIMEOUT,
                wait.finished(knowingNothing(Duration.ZERO))
                        .orElseThrow()
                        .outcome()
                        .orElseThrow());
        assertFalse(wait.isWaiting());
    }

    /** A check while the person still answers changes nothing (the page renders nothing); its end does, once. */
    @Test
    void aCheckSaysWhetherAnythingChanged() {
        SmartIdWait wait = waiting();
        java.util.List<AttemptState> ended = new java.util.ArrayList<>();
        assertFalse(wait.poll(knowingNothing(Duration.ofMinutes(1)), ended::add));
        assertTrue(wait.poll(knowingNothing(Duration.ZERO), ended::add));
        assertEquals(1, ended.size());
        assertFalse(
                wait.poll(knowingNothing(Duration.ZERO), ended::add),
                "a late check after the end (a push crossing Cancel)");
        assertEquals(1, ended.size());
    }
}
