package lt.iunija.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Waiting members ({@code -Dbench=waiting}, the default): starts {@code bench.logins} (2,000) member logins through
 * the real login form against the simulator answering after {@code bench.delay-ms} (60 s), and each waiting
 * member's page then behaves as the code page does in a browser (resources/iunija/portal.js): on its own kept-alive
 * connection it asks every 2 seconds whether its wait has ended, and once told "ended" it runs the page's check and
 * completes the login. While they wait it prints the portal's live threads, resident memory, live heap, the
 * requests the waiting pages send and the latency of a plain union page.
 */
final class SmartIdWaitBenchmark {

    private static final String[][] MEMBERS = {{"nemunas", "100002"}, {"baltija", "200002"}, {"daugava", "300001"}};

    /** One client for every simulated browser (each with its own cookie): one selector thread, not thousands. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build(); // browsers speak HTTP/1.1 to a plain-HTTP server
    /** The pages' questions and checks, sent from a bounded pool: the load generator shares the machine. */
    private static final ScheduledExecutorService PAGES = Executors.newScheduledThreadPool(32);

    private static final Latencies IGNORED = new Latencies();
    private static final AtomicLong QUESTIONS = new AtomicLong();
    private static final AtomicInteger QUESTIONS_FAILED = new AtomicInteger();
    private static final AtomicInteger RECONNECTS = new AtomicInteger();
    private static final AtomicInteger ENDED = new AtomicInteger();
    private static final AtomicInteger CHECKS = new AtomicInteger();
    private static final AtomicInteger LOGGED_IN = new AtomicInteger();

    static void run() throws Exception {
        int logins = Integer.getInteger("bench.logins", 2000);
        int delayMs = Integer.getInteger("bench.delay-ms", 60000);
        try (PortalUnderTest portal = PortalUnderTest.start(delayMs)) {
            measure(portal, logins, delayMs);
        } finally {
            PAGES.shutdownNow();
        }
    }

    /** The waiting members and what the server does meanwhile, then their logins once answered. */
    private static void measure(PortalUnderTest portal, int logins, int delayMs) throws Exception {
        long started = System.nanoTime();
        int waiting = startLogins(portal.base(), logins);
        System.out.printf(
                "%d logins waiting for Smart-ID after %.1f s (%d failed to start)%n",
                waiting, (System.nanoTime() - started) / 1e9, logins - waiting);
        Thread.sleep(3000); // every page has asked at least once
        for (int round = 1; round <= 3; round++) {
            long questionsBefore = QUESTIONS.get() + CHECKS.get();
            long sampleStart = System.nanoTime();
            Latencies latencies = pageLatencies(portal.resolve("nemunas/?lang=en"), 200);
            Thread.sleep(2000);
            double seconds = (System.nanoTime() - sampleStart) / 1e9;
            System.out.printf(
                    "during the wait, sample %d: %s; the waiting pages sent %.1f requests/s;"
                            + " union page latency over %d fetches: median %.1f ms, p99 %.1f ms%n",
                    round,
                    portal.processFigures(),
                    (QUESTIONS.get() + CHECKS.get() - questionsBefore) / seconds,
                    latencies.count(),
                    latencies.percentile(50),
                    latencies.percentile(99));
        }
        System.out.printf(
                "still during the wait: live Java heap after a full collection %d MB (what -Xmx must hold)%n",
                portal.liveHeapMegabytes());
        // Until every waiting member is in, or a minute passes in which nobody more got in: starts that queued
        // reach Smart-ID later, and their answers come later by as much.
        int seen = -1;
        long lastProgress = System.nanoTime();
        while (LOGGED_IN.get() < waiting
                && System.nanoTime() - lastProgress < TimeUnit.MILLISECONDS.toNanos(delayMs + 60000L)) {
            if (LOGGED_IN.get() != seen) {
                seen = LOGGED_IN.get();
                lastProgress = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        System.out.printf(
                "after the answers: %d of %d waiting members logged in; %d told \"ended\", %d questions in all"
                        + " (%d failed, %d reconnections), %d checks (%.2f per login)%n",
                LOGGED_IN.get(),
                waiting,
                ENDED.get(),
                QUESTIONS.get(),
                QUESTIONS_FAILED.get(),
                RECONNECTS.get(),
                CHECKS.get(),
                CHECKS.get() / (double) Math.max(1, waiting));
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
                    Optional<URI> wait = page.get().start(member[1], IGNORED);
                    if (wait.isPresent()) {
                        new WaitingPage(page.get(), wait.get()).askNow();
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
     * A code page in a browser: its own kept-alive connection, on which it asks every 2 seconds whether its wait
     * has ended (a GET answered 204, or 200 "ended"), then the check, and "logging in" completes the login at once.
     * The server closes a kept-alive connection after a number of requests, as browsers know: the page then opens
     * another one, as a browser does.
     */
    private static final class WaitingPage {
        private final LoginPage page;
        private final URI wait;
        private final byte[] question;
        private Socket connection;

        WaitingPage(LoginPage page, URI wait) {
            this.page = page;
            this.wait = wait;
            this.question = ("GET " + wait.getRawPath() + " HTTP/1.1\r\nHost: " + wait.getRawAuthority()
                            + "\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                            + " Chrome/156.0.0.0 Safari/537.36\r\nAccept: */*\r\nAccept-Language: en-US,en;q=0.9\r\n"
                            + "Sec-Fetch-Site: same-origin\r\nSec-Fetch-Mode: cors\r\nCache-Control: no-cache\r\n"
                            + "Cookie: " + page.cookie() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
        }

        void askNow() {
            PAGES.execute(this::ask);
        }

        private void askLater() {
            PAGES.schedule(this::ask, 2000, TimeUnit.MILLISECONDS);
        }

        private void ask() {
            int status;
            try {
                status = statusOfQuestion();
            } catch (IOException e) {
                close();
                try {
                    RECONNECTS.incrementAndGet();
                    status = statusOfQuestion(); // a kept-alive connection the server has closed: a new one
                } catch (IOException again) {
                    close();
                    QUESTIONS_FAILED.incrementAndGet();
                    askLater();
                    return;
                }
            }
            if (status == 200) {
                ENDED.incrementAndGet();
                close();
                check();
            } else {
                askLater();
            }
        }

        private int statusOfQuestion() throws IOException {
            if (connection == null) {
                connection = new Socket();
                connection.connect(new InetSocketAddress(wait.getHost(), wait.getPort()), 10_000);
                connection.setSoTimeout(30_000);
            }
            QUESTIONS.incrementAndGet();
            OutputStream out = connection.getOutputStream();
            out.write(question);
            out.flush();
            return readResponse(connection.getInputStream());
        }

        /** Reads one response (headers, and a Content-Length body) and returns its status. */
        private static int readResponse(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                head.append((char) c);
            }
            String text = head.toString();
            int status = Integer.parseInt(text.substring(9, 12));
            int length = 0;
            for (String line : text.split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            in.readNBytes(length);
            return status;
        }

        private void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (IOException e) {
                    // gone already
                }
                connection = null;
            }
        }

        private void check() {
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
