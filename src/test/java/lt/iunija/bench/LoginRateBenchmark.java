package lt.iunija.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Login rate ({@code -Dbench=login-rate}): browsers that log in one after another, each login as a member's
 * browser does it: the login page (a first visit), the user number, the code page's socket and its check when
 * the socket opens, the push when Smart-ID has answered (the simulator answers after {@code bench.answer-ms},
 * 2 s: the member typing PIN1), the check, "logging in", and home. The number of browsers doubles every
 * {@code bench.step-seconds} (30) until the p99 of the pages' requests passes 500 ms; each step prints the
 * complete logins per second and the requests' p50 and p99, next to the logo's rate in the same run.
 */
final class LoginRateBenchmark {

    private static final String[][] MEMBERS = {{"nemunas", "100002"}, {"baltija", "200002"}, {"daugava", "300001"}};
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build(); // browsers speak HTTP/1.1 to a plain-HTTP server
    /** WebSocket handshakes not answered within 5 s (the page then tries again, and at last asks every 2 s). */
    private static final AtomicInteger HANDSHAKES_GIVEN_UP = new AtomicInteger();

    static void run() throws Exception {
        int answerMs = Integer.getInteger("bench.answer-ms", 2000);
        int stepSeconds = Integer.getInteger("bench.step-seconds", 30);
        int maxBrowsers = Integer.getInteger("bench.max-browsers", 512);
        try (PortalUnderTest portal = PortalUnderTest.start(answerMs)) {
            step(portal, 4, 10, answerMs); // warm-up
            HANDSHAKES_GIVEN_UP.set(0);
            System.out.println(
                    "/nemunas/logo in the same run: " + Flood.of(List.of(portal.resolve("nemunas/logo")), 20_000, 16));
            for (int browsers = 2; browsers <= maxBrowsers; browsers *= 2) {
                Step step = step(portal, browsers, stepSeconds, answerMs);
                int givenUp = HANDSHAKES_GIVEN_UP.getAndSet(0);
                System.out.printf(
                        "%3d browsers: %.1f complete logins/s (%d failed); their requests p50 %.1f ms, p99 %.1f ms;"
                                + " %d socket handshakes given up after 5 s; %s%n",
                        browsers,
                        step.logins / step.seconds,
                        step.failed,
                        step.latencies.percentile(50),
                        step.latencies.percentile(99),
                        givenUp,
                        portal.processFigures());
                if (step.latencies.percentile(99) > 500) {
                    break;
                }
            }
        }
    }

    private record Step(int logins, int failed, double seconds, Latencies latencies) {}

    private static Step step(PortalUnderTest portal, int browsers, int seconds, int answerMs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(browsers);
        AtomicInteger logins = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> workers = new ArrayList<>();
        for (int b = 0; b < browsers; b++) {
            String[] member = MEMBERS[b % MEMBERS.length];
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (logInOrFail(portal.resolve(member[0] + "/?lang=en"), member[1], answerMs, latencies)) {
                        logins.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Step(logins.get(), failed.get(), (System.nanoTime() - start) / 1e9, latencies);
    }

    /** One login; a connection that fails is a failed login, counted as such. */
    private static boolean logInOrFail(URI loginPage, String userNumber, int answerMs, Latencies latencies)
            throws Exception {
        try {
            return logIn(loginPage, userNumber, answerMs, latencies);
        } catch (IOException e) {
            return false;
        }
    }

    /** One login in a new browser, from the login page to home. */
    private static boolean logIn(URI loginPage, String userNumber, int answerMs, Latencies latencies) throws Exception {
        Optional<LoginPage> page = LoginPage.open(CLIENT, loginPage, latencies);
        if (page.isEmpty()) {
            return false;
        }
        Optional<URI> socketAddress = page.get().start(userNumber, latencies);
        if (socketAddress.isEmpty()) {
            return false;
        }
        CompletableFuture<Void> ended = new CompletableFuture<>();
        Optional<WebSocket> socket = openSocket(socketAddress.get(), page.get().cookie(), ended);
        try {
            String answer = page.get().check(latencies); // as the page asks when its socket opens
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(answerMs + 30_000L);
            while (!LoginPage.isCompleting(answer) && System.nanoTime() < deadline) {
                if (socket.isPresent()) {
                    ended.get(answerMs + 30_000L, TimeUnit.MILLISECONDS);
                } else {
                    Thread.sleep(2000); // no socket: the page asks every 2 seconds
                }
                answer = page.get().check(latencies);
            }
            if (!LoginPage.isCompleting(answer)) {
                return false;
            }
            Optional<URI> home = page.get().complete(latencies);
            return home.isPresent() && page.get().get(home.get(), latencies) == 200;
        } catch (IOException | TimeoutException e) {
            return false;
        } finally {
            socket.ifPresent(WebSocket::abort);
        }
    }

    /**
     * The code page's socket as portal.js opens it: a handshake not answered within 5 s is given up and tried
     * again; after two such tries the page asks every 2 seconds instead (empty).
     */
    private static Optional<WebSocket> openSocket(URI address, String cookie, CompletableFuture<Void> ended)
            throws InterruptedException {
        for (int attempt = 0; attempt < 2; attempt++) {
            CompletableFuture<WebSocket> handshake = CLIENT.newWebSocketBuilder()
                    .header("Cookie", cookie)
                    .buildAsync(address, new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            ended.complete(null);
                            return null;
                        }
                    });
            try {
                return Optional.of(handshake.get(5, TimeUnit.SECONDS));
            } catch (ExecutionException | TimeoutException e) {
                handshake.cancel(true);
                HANDSHAKES_GIVEN_UP.incrementAndGet();
            }
        }
        return Optional.empty();
    }

    private LoginRateBenchmark() {}
}
