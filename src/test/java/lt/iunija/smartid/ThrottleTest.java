package lt.iunija.smartid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-21T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsTheLimitWithinTheWindowThenRefuses() {
        ManualClock clock = new ManualClock();
        Throttle throttle = new Throttle(3, Duration.ofMinutes(10), clock);

        assertTrue(throttle.tryAcquire("PNOLT-1"));
        assertTrue(throttle.tryAcquire("PNOLT-1"));
        assertTrue(throttle.tryAcquire("PNOLT-1"));
        assertFalse(throttle.tryAcquire("PNOLT-1"));
        assertTrue(throttle.tryAcquire("PNOLT-2"), "keys are counted apart");
    }

    @Test
    void refusedTriesDoNotExtendTheBlockAndTheWindowSlides() {
        ManualClock clock = new ManualClock();
        Throttle throttle = new Throttle(2, Duration.ofMinutes(10), clock);
        throttle.tryAcquire("k");
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        throttle.tryAcquire("k");
        assertFalse(throttle.tryAcquire("k"));

        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertTrue(throttle.tryAcquire("k"), "the first event left the window");
        assertFalse(throttle.tryAcquire("k"));
    }

    @Test
    void keysQuietForAWholeWindowAreForgotten() {
        ManualClock clock = new ManualClock();
        Throttle throttle = new Throttle(2, Duration.ofMinutes(10), clock);
        for (int address = 0; address < 1000; address++) {
            throttle.tryAcquire("10.0.0." + address);
        }
        assertEquals(1000, throttle.trackedKeys());

        clock.now = clock.now.plus(Duration.ofMinutes(11));
        throttle.tryAcquire("10.0.1.1");

        assertEquals(1, throttle.trackedKeys(), "only the key with an event inside the window is left");
        assertTrue(throttle.tryAcquire("10.0.0.1"), "a forgotten key starts afresh");
    }

    @Test
    void aRefundedEventNoLongerCounts() {
        Throttle throttle = new Throttle(2, Duration.ofMinutes(10), new ManualClock());

        assertTrue(throttle.tryAcquire("PNOLT-30303039914"));
        assertTrue(throttle.tryAcquire("PNOLT-30303039914"));
        throttle.refund("PNOLT-30303039914");

        assertTrue(throttle.tryAcquire("PNOLT-30303039914"));
        assertFalse(throttle.tryAcquire("PNOLT-30303039914"));
        throttle.refund("never-seen"); // nothing to give back: no harm
    }
}
