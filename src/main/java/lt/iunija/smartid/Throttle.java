package lt.iunija.smartid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within a sliding {@code window}. Keeps only the timestamps inside the
 * window, and once per window forgets the keys that have been quiet for all of it, so memory stays bounded by
 * the traffic of about two windows (every client address that ever started a login would otherwise stay).
 */
public final class Throttle {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private volatile Instant nextSweep;

    public Throttle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.nextSweep = clock.instant().plus(window);
    }

    /** Counts one event for the key and says whether it is within the limit. A refused event is not counted. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        if (now.isAfter(nextSweep)) {
            nextSweep = now.plus(window);
            events.keySet().forEach(quiet -> events.computeIfPresent(quiet, (k, times) -> withinWindow(times, windowStart)));
        }
        boolean[] allowed = new boolean[1];
        events.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : dropOld(times, windowStart);
            allowed[0] = kept.size() < limit;
            if (allowed[0]) {
                kept.addLast(now);
            }
            return kept.isEmpty() ? null : kept;
        });
        return allowed[0];
    }

    /** Takes back the newest counted event of the key (it turned out not to be the key's doing). */
    public void refund(String key) {
        events.computeIfPresent(key, (k, times) -> {
            times.pollLast();
            return times.isEmpty() ? null : times;
        });
    }

    /** How many keys are remembered (for tests). */
    int trackedKeys() {
        return events.size();
    }

    /** The events still inside the window, or null (the key is forgotten) when none is. */
    private static Deque<Instant> withinWindow(Deque<Instant> times, Instant windowStart) {
        return dropOld(times, windowStart).isEmpty() ? null : times;
    }

    private static Deque<Instant> dropOld(Deque<Instant> times, Instant windowStart) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
            times.pollFirst();
        }
        return times;
    }
}
