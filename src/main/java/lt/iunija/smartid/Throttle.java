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
 * window, so memory stays bounded by the traffic of one window.
 */
public final class Throttle {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public Throttle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one event for the key and says whether it is within the limit. A refused event is not counted. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        boolean[] allowed = new boolean[1];
        events.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            while (!kept.isEmpty() && !kept.peekFirst().isAfter(windowStart)) {
                kept.pollFirst();
            }
            allowed[0] = kept.size() < limit;
            if (allowed[0]) {
                kept.addLast(now);
            }
            return kept.isEmpty() ? null : kept;
        });
        return allowed[0];
    }
}
