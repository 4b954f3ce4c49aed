package lt.iunija.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Login rate ({@code -Dbench=login-rate}): browsers that log in one after another, each login as a member's
 * browser does it: the login page (a first visit), the user number, the code page's question every 2 seconds
 * whether its wait has ended (the simulator answers after {@code bench.answer-ms}, 2 s: the member typing PIN1),
 * the check once told "ended", "logging in", and home. The number of browsers doubles every
 * {@code bench.step-seconds} (30) until the p99 of the pages' requests passes 500 ms; each step prints the
 * complete logins per second and the requests' p50 and p99, next to the logo's rate in the same run.
 */
final class LoginRateBenchmark {

    private static final String[][] MEMBERS = {{"nemunas", "100002"}, {"baltija", "200002"}, {"daugava", "300001"}};
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build(); // browsers speak HTTP/1.1 to a plain-HTTP server

    static void run() throws Exception {
        int answerMs = Integer.getInteger("bench.answer-ms", 2000);
        int stepSeconds = Integer.getInteger("bench.step-seconds", 30);
        int maxBrowsers = Integer.getInteger("bench.max-browsers", 512);
        try (PortalUnderTest portal = PortalUnderTest.start(answerMs)) {
            step(portal, 4, 10, answerMs); // warm-up
            System.out.println(
                    "/nemunas/logo in the same run: " + Flood.of(List.of(portal.resolve("nemunas/logo")), 20_000, 16));
            for (int browsers = 2; browsers <= maxBrowsers; browsers *= 2) {
                Step step = step(portal, browsers, stepSeconds, answerMs);
                System.out.printf(
                        "%3d browsers: %.1f complete logins/s (%d failed); their requests p50 %.1f ms, p99 %.1f ms; %s%n",
                        browsers,
                        step.logins / step.seconds,
                        step.failed,
                        step.latencies.percentile(50),
                        step.latencies.percentile(99),
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
        Optional<URI> wait = page.get().start(userNumber, latencies);
        if (wait.isEmpty()) {
            return false;
        }
        try {
            // As portal.js does: ask at once, then every 2 seconds, until told "ended"; then the check, once.
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(answerMs + 30_000L);
            String answer = "";
            while (!LoginPage.isCompleting(answer) && System.nanoTime() < deadline) {
                if (page.get().hasEnded(wait.get(), latencies)) {
                    answer = page.get().check(latencies);
                } else {
                    Thread.sleep(2000);
                }
            }
            if (!LoginPage.isCompleting(answer)) {
                return false;
            }
            Optional<URI> home = page.get().complete(latencies);
            return home.isPresent() && page.get().get(home.get(), latencies) == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private LoginRateBenchmark() {}
}
