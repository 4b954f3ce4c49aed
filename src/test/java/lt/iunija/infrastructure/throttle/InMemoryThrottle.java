package lt.iunija.infrastructure.throttle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** The throttle's rules in memory, for unit tests of what is counted against which budget. */
public final class InMemoryThrottle implements Throttle {

    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new HashMap<>();

    public InMemoryThrottle(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean tryAcquire(Budget budget, String key) {
        Instant now = clock.instant();
        Deque<Instant> times = events.computeIfAbsent(budget.storedKey(key), k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(budget.window()))) {
            times.pollFirst();
        }
        if (times.size() >= budget.limit()) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    @Override
    public synchronized void refund(Budget budget, String key) {
        Deque<Instant> times = events.get(budget.storedKey(key));
        if (times != null) {
            times.pollLast();
        }
    }
}
