package lt.iunija.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Waiting members ({@code -Dbench=waiting}, the default): starts {@code bench.logins} (2,000) member logins through
 * the real login form against the simulator answering after {@code bench.delay-ms} (60 s), and each waiting
 * member's page then behaves as the code page does in a browser: it opens the page's WebSocket, asks once when
 * the socket is open, and asks again when the end of the wait is pushed, then completes the login. While they
 * wait it prints the portal's live threads, resident memory, live heap, the requests the waiting pages send and
 * the latency of a plain union page.
 */
final class SmartIdWaitBenchmark {

    private static final String[][] MEMBERS = {{"nemunas", "100002"}, {"baltija", "200002"}, {"daugava", "300001"}};

    /** One client for every simulated browser (each with its own cookie): one selector thread, not thousands. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build(); // browsers speak HTTP/1.1 to a plain-HTTP server
    /** The pages' checks, sent from a bounded pool: the load generator shares the machine with the server. */
    private static final ExecutorService CHECKERS = Executors.newFixedThreadPool(32);

    private static final Latencies IGNORED = new Latencies();
    private static final AtomicInteger SOCKETS_OPEN = new AtomicInteger();
    private static final AtomicInteger SOCKETS_FAILED = new AtomicInteger();
    private static final AtomicInteger HANDSHAKES_PENDING = new AtomicInteger();
    private static final AtomicInteger PUSHES = new AtomicInteger();
    private static final AtomicInteger CHECKS = new AtomicInteger();
    private static final AtomicInteger LOGGED_IN = new AtomicInteger();

    static void run() throws Exception {
        int logins = Integer.getInteger("bench.logins", 2000);
        int delayMs = Integer.getInteger("bench.delay-ms", 60000);
        try (PortalUnderTest portal = PortalUnderTest.start(delayMs)) {
            measure(portal, logins, delayMs);
        } finally {
            CHECKERS.shutdownNow();
        }
    }

    /** The waiting members and what the server does meanwhile, then their logins once answered. */
    private static void measure(PortalUnderTest portal, int logins, int delayMs) throws Exception {
        long started = System.nanoTime();
        int waiting = startLogins(portal.base(), logins);
        System.out.printf(
                "%d logins waiting for Smart-ID after %.1f s (%d failed to start)%n",
                waiting, (System.nanoTime() - started) / 1e9, logins - waiting);
        Thread.sleep(3000); // the last pages' first check (when their socket opened) is answered
        for (int round = 1; round <= 3; round++) {
            int checksBefore = CHECKS.get();
            long sampleStart = System.nanoTime();
            Latencies latencies = pageLatencies(portal.resolve("nemunas/?lang=en"), 200);
            Thread.sleep(2000);
            double seconds = (System.nanoTime() - sampleStart) / 1e9;
            System.out.printf(
                    "during the wait, sample %d: %s; %d sockets open; the waiting pages sent %.1f requests/s;"
                            + " union page latency over %d fetches: median %.1f ms, p99 %.1f ms%n",
                    round,
                    portal.processFigures(),
                    SOCKETS_OPEN.get(),
                    (CHECKS.get() - checksBefore) / seconds,
                    latencies.count(),
                    latencies.percentile(50),
                    latencies.percentile(99));
        }
        System.out.printf(
                "still during the wait: live Java heap after a full collection %d MB (what -Xmx must hold)%n",
                portal.liveHeapMegabytes());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMs + 60000L);
        while (LOGGED_IN.get() < waiting && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        System.out.printf(
                "after the answers: %d of %d waiting members logged in; %d pushes received, %d checks sent in all"
                        + " (%.2f per login), %d sockets refused, %d handshakes never answered%n",
                LOGGED_IN.get(),
                waiting,
                PUSHES.get(),
                CHECKS.get(),
                CHECKS.get() / (double) Math.max(1, waiting),
                SOCKETS_FAILED.get(),
                HANDSHAKES_PENDING.get());
    }

    private static int startLogins(URI base, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger waiting = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] member = MEMBERS[i % MEMBERS.length];
            futures.add(pool.submit(() -> {
                Optional<LoginPage> page = LoginPage.open(CLIENT, base.resolve(member[0] + "/?lang=en"), IGNORED);
                if (page.isPresent()) {
                    Optional<URI> socket = page.get().start(member[1], IGNORED);
                    if (socket.isPresent()) {
                        new WaitingPage(page.get()).openSocket(socket.get());
                        waiting.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return waiting.get();
    }

    /**
     * A code page in a browser: its WebSocket, and the check it runs once the socket is open and again when the
     * end of the wait is pushed (resources/iunija/portal.js); "logging in" runs the complete command at once.
     * Checks of one page go one at a time, as PrimeFaces queues them.
     */
    private static final class WaitingPage implements WebSocket.Listener {
        private final LoginPage page;

        WaitingPage(LoginPage page) {
            this.page = page;
        }

        void openSocket(URI socket) {
            HANDSHAKES_PENDING.incrementAndGet();
            CLIENT.newWebSocketBuilder()
                    .header("Cookie", page.cookie())
                    .buildAsync(socket, this)
                    .whenComplete((opened, failure) -> {
                        HANDSHAKES_PENDING.decrementAndGet();
                        if (failure != null) {
                            SOCKETS_FAILED.incrementAndGet();
                        }
                    });
        }

        @Override
        public void onOpen(WebSocket socket) {
            SOCKETS_OPEN.incrementAndGet();
            socket.request(1);
            CHECKERS.execute(this::check);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            PUSHES.incrementAndGet();
            socket.request(1);
            CHECKERS.execute(this::check);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            SOCKETS_OPEN.decrementAndGet();
            return null;
        }

        private synchronized void check() {
            CHECKS.incrementAndGet();
            try {
                if (LoginPage.isCompleting(page.check(IGNORED))
                        && page.complete(IGNORED).isPresent()) {
                    LOGGED_IN.incrementAndGet();
                }
            } catch (IOException e) {
                // counted as a check that did not complete; the figures show it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Latencies pageLatencies(URI page, int fetches) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Latencies latencies = new Latencies();
        for (int i = 0; i < fetches; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> response =
                    client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    private SmartIdWaitBenchmark() {}
}
