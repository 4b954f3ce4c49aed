package lt.iunija.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times collected from many threads, in microseconds, and their percentiles in milliseconds. */
final class Latencies {

    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());

    void add(long nanos) {
        micros.add(nanos / 1000);
    }

    int count() {
        return micros.size();
    }

    double percentile(int percentile) {
        List<Long> sorted;
        synchronized (micros) {
            sorted = new ArrayList<>(micros);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
