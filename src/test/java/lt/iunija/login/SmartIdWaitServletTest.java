package lt.iunija.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmartIdWaitServletTest {

    @Test
    void theWaitIdIsThePathAfterTheSlash() {
        assertEquals(4611686018427387904L, SmartIdWaitServlet.attemptId("/4611686018427387904"));
        assertEquals(7L, SmartIdWaitServlet.attemptId("/7"));
    }

    @Test
    void anythingElseNamesNoWait() {
        for (String path : new String[] {null, "", "/", "/abc", "/7/8", "/12345678901234567890123", "/1e5"}) {
            assertEquals(0L, SmartIdWaitServlet.attemptId(path), path);
        }
        assertTrue(SmartIdWaitServlet.attemptId("/-5") <= 0, "a negative id is refused like a missing one");
    }
}
