package lt.iunija.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GETs of some addresses in turn from a number of threads, as first visits: no cookies, each thread's
 * connections kept alive as a browser keeps them.
 */
final class Flood {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    final int requests;
    final int failed;
    final double seconds;
    final Latencies latencies;

    private Flood(int requests, int failed, double seconds, Latencies latencies) {
        this.requests = requests;
        this.failed = failed;
        this.seconds = seconds;
        this.latencies = latencies;
    }

    static Flood of(List<URI> addresses, int requests, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> response = CLIENT.send(
                            HttpRequest.newBuilder(addresses.get(i % addresses.size()))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    latencies.add(System.nanoTime() - sent);
                    if (response.statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return new Flood(requests, failed.get(), (System.nanoTime() - start) / 1e9, latencies);
    }

    double rate() {
        return requests / seconds;
    }

    @Override
    public String toString() {
        return String.format(
                "%,d requests in %.1f s: %,.0f requests/s, p50 %.1f ms, p99 %.1f ms, %d not 200",
                requests, seconds, rate(), latencies.percentile(50), latencies.percentile(99), failed);
    }
}
