package lt.iunija.member;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeCardTest {

    private static final byte[] SECRET = "test-secret".getBytes(StandardCharsets.UTF_8);
    /** Code number k is 100000 + k. */
    private static final String CARD = IntStream.rangeClosed(1, 24)
            .mapToObj(k -> String.valueOf(100000 + k))
            .collect(Collectors.joining(" "));

    @Test
    void theCodeAtEachPositionMatchesOnlyThere() {
        CodeCard card = CodeCard.issue(CARD, SECRET);

        assertTrue(card.matches(1, "100001", SECRET));
        assertTrue(card.matches(19, " 100019 ", SECRET));
        assertTrue(card.matches(24, "100024", SECRET));
        assertFalse(card.matches(19, "100018", SECRET));
        assertFalse(card.matches(0, "100001", SECRET));
        assertFalse(card.matches(25, "100001", SECRET));
        assertFalse(card.matches(2, "10002", SECRET));
        assertFalse(card.matches(2, null, SECRET));
    }

    @Test
    void onlyDigestsAreStoredAndTheyNeedTheSecret() {
        CodeCard card = CodeCard.issue(CARD, SECRET);
        CodeCard restored = CodeCard.fromStored(card.stored());

        assertFalse(card.stored().contains("100019"));
        assertTrue(restored.matches(19, "100019", SECRET));
        assertFalse(restored.matches(19, "100019", "another-secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCardHasTwentyFourSixDigitCodes() {
        assertThrows(IllegalArgumentException.class, () -> CodeCard.issue("123456 234567", SECRET));
        assertThrows(IllegalArgumentException.class, () -> CodeCard.issue(CARD.replace("100007", "10007x"), SECRET));
    }
}
