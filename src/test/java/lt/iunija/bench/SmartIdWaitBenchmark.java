package lt.iunija.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test: boots the built WAR on Payara Micro as the README's operator command runs it
 * ({@code -Xmx512m}, the preboot file, {@code MALLOC_ARENA_MAX=2}), pointed at the Smart-ID simulator in a JVM of
 * its own (the same WAR, answering after a 60-second delay), starts 2,000
 * member logins through the real login form (each one a Smart-ID authentication the portal follows), and each
 * waiting member's page then behaves as the code page does in a browser: it opens the page's WebSocket, asks once
 * when the socket is open, and asks again when the end of the wait is pushed, then completes the login. While
 * they wait it prints the server's live threads, its resident memory, the requests the waiting pages send, and
 * the latency of a plain union page. Run with {@code mvn -Pbenchmark verify} (see README, "Performance").
 */
public final class SmartIdWaitBenchmark {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern STARTED_LOGIN = Pattern.compile("name=\"started-login\" value=\"([^\"]+)\"");
    private static final Pattern NEW_VIEW_STATE = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]");
    private static final Pattern SOCKET = Pattern.compile("data-push=\"([^\"]+)\"");
    private static final String[][] MEMBERS = {{"nemunas", "100002"}, {"baltija", "200002"}, {"daugava", "300001"}};

    /** One client for every simulated browser (each with its own cookie): one selector thread, not thousands. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The pages' checks, sent from a bounded pool: the load generator shares the machine with the server. */
    private static final ExecutorService CHECKERS = Executors.newFixedThreadPool(32);
    private static final AtomicInteger SOCKETS_OPEN = new AtomicInteger();
    private static final AtomicInteger SOCKETS_FAILED = new AtomicInteger();
    private static final AtomicInteger HANDSHAKES_PENDING = new AtomicInteger();
    private static final AtomicInteger PUSHES = new AtomicInteger();
    private static final AtomicInteger CHECKS = new AtomicInteger();
    private static final AtomicInteger LOGGED_IN = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        int logins = Integer.getInteger("bench.logins", 2000);
        int delayMs = Integer.getInteger("bench.delay-ms", 60000);
        Path project = Path.of(System.getProperty("iunija.project.dir", ".")).toAbsolutePath();
        Path work = project.resolve("target/benchmark");
        Files.createDirectories(work);
        // The Smart-ID simulator runs in a JVM of its own (the same WAR, its simulator on), so the figures below
        // are the portal's alone: in production SK's service is elsewhere too.
        long stamp = System.currentTimeMillis();
        int simulatorPort = freePort();
        Process simulator = boot(project, work, "simulator", simulatorPort, "-Xmx512m", List.of(
                "iunija.data.dir=" + work.resolve("simulator-data-" + stamp),
                "iunija.smart-id.simulator.delay-ms=" + delayMs));
        URI simulatorBase = URI.create("http://localhost:" + simulatorPort + "/");
        Process server = null;
        try {
            awaitReady(simulatorBase);
            Path ca = work.resolve("simulator-ca.pem");
            Files.writeString(ca, CLIENT.send(HttpRequest.newBuilder(simulatorBase.resolve("smart-id-simulator/ca.pem")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            int port = freePort();
            server = boot(project, work, "server", port, System.getProperty("bench.jvm-options", "-Xmx512m"), List.of(
                    "iunija.data.dir=" + work.resolve("data-" + stamp),
                    "iunija.smart-id.host-url=" + simulatorBase.resolve("smart-id-rp/v2/"),
                    "iunija.smart-id.trusted-ca-files=" + ca,
                    "iunija.smart-id.session-seconds=" + (delayMs / 1000 + 60),
                    "iunija.smart-id.throttle.identity-limit=1000000",
                    "iunija.smart-id.throttle.address-limit=1000000"));
            measure(URI.create("http://localhost:" + port + "/"), server, logins, delayMs);
        } finally {
            CHECKERS.shutdownNow();
            for (Process process : new Process[] {server, simulator}) {
                if (process != null) {
                    process.destroy();
                    process.waitFor();
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Payara Micro with the built WAR, as the README's operator command runs it, on the demo defaults plus {@code settings}. */
    private static Process boot(Path project, Path work, String name, int port, String jvmOptions, List<String> settings)
            throws IOException {
        Path properties = work.resolve(name + ".properties");
        List<String> lines = new ArrayList<>(List.of(
                "iunija.tenants.dir=" + project.resolve("tenants"),
                "iunija.demo.members-file=" + project.resolve("config/demo/members.csv")));
        lines.addAll(settings);
        Files.writeString(properties, String.join("\n", lines) + "\n");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        command.addAll(List.of("-jar", project.resolve("target/payara-micro.jar").toString(), "--deploy", project.resolve("target/iunija.war").toString(),
                "--contextroot", "/", "--port", String.valueOf(port), "--nohazelcast", "--systemproperties", properties.toString(),
                "--prebootcommandfile", project.resolve("config/payara-preboot.asadmin").toString()));
        System.out.println(name + ": " + String.join(" ", command));
        ProcessBuilder process = new ProcessBuilder(command);
        // As the README's operator command runs it: glibc's per-thread arenas otherwise fragment the C heap.
        process.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        return process.redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
    }

    /** The waiting members and what the server does meanwhile, then their logins once answered. */
    private static void measure(URI base, Process server, int logins, int delayMs) throws Exception {
        awaitReady(base);
        System.out.printf("server pid %d ready; idle: %s%n", server.pid(), processFigures(server.pid()));
        long started = System.nanoTime();
        int waiting = startLogins(base, logins);
        System.out.printf("%d logins waiting for Smart-ID after %.1f s (%d failed to start)%n", waiting,
                (System.nanoTime() - started) / 1e9, logins - waiting);
        Thread.sleep(3000); // the last pages' first check (when their socket opened) is answered
        for (int round = 1; round <= 3; round++) {
            int checksBefore = CHECKS.get();
            long sampleStart = System.nanoTime();
            List<Long> latencies = pageLatencies(base.resolve("nemunas/?lang=en"), 200);
            Thread.sleep(2000);
            double seconds = (System.nanoTime() - sampleStart) / 1e9;
            System.out.printf("during the wait, sample %d: %s; %d sockets open; the waiting pages sent %.1f requests/s;"
                    + " union page latency over %d fetches: median %.1f ms, p99 %.1f ms%n",
                    round, processFigures(server.pid()), SOCKETS_OPEN.get(), (CHECKS.get() - checksBefore) / seconds,
                    latencies.size(), percentile(latencies, 50), percentile(latencies, 99));
        }
        System.out.printf("still during the wait: live Java heap after a full collection %d MB (what -Xmx must hold)%n",
                liveHeapMegabytes(server.pid()));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMs + 60000L);
        while (LOGGED_IN.get() < waiting && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        System.out.printf("after the answers: %d of %d waiting members logged in; %d pushes received, %d checks sent in all"
                + " (%.2f per login), %d sockets refused, %d handshakes never answered%n", LOGGED_IN.get(), waiting, PUSHES.get(),
                CHECKS.get(), CHECKS.get() / (double) Math.max(1, waiting), SOCKETS_FAILED.get(), HANDSHAKES_PENDING.get());
    }

    private static int startLogins(URI base, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger waiting = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] member = MEMBERS[i % MEMBERS.length];
            futures.add(pool.submit(() -> {
                if (startLogin(base, member[0], member[1])) {
                    waiting.incrementAndGet();
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
     * One browser: its own cookie, the login page, then the login form posted with the member's number the way
     * PrimeFaces posts it from the page (an Ajax request that re-renders the form with the verification code),
     * then the code page's WebSocket (see {@link WaitingPage}).
     */
    private static boolean startLogin(URI base, String union, String userNumber) throws IOException, InterruptedException {
        URI page = base.resolve(union + "/?lang=en");
        HttpResponse<String> opened = CLIENT.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        String html = opened.body();
        Matcher viewState = VIEW_STATE.matcher(html);
        Matcher nonce = NONCE.matcher(html);
        if (!viewState.find() || !nonce.find()) {
            return false;
        }
        WaitingPage waiting = new WaitingPage(page, viewState.group(1).replace("&#x3a;", ":"), nonce.group(1));
        HttpResponse<String> response = waiting.ajax("login:submit", "login",
                "&login=login&login%3AuserNumber=" + userNumber);
        if (response.statusCode() != 200 || !response.body().contains("class=\"code\"")) {
            return false;
        }
        // The login page is stateless: the session (its cookie) and the page's key begin with the started login.
        waiting.cookie = response.headers().allValues("set-cookie").stream().map(value -> value.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElse("");
        Matcher started = STARTED_LOGIN.matcher(response.body());
        if (!started.find()) {
            return false;
        }
        waiting.startedLogin = started.group(1);
        Matcher socket = SOCKET.matcher(response.body());
        if (!socket.find()) {
            return false;
        }
        waiting.openSocket(URI.create("ws://" + base.getAuthority() + socket.group(1)));
        return true;
    }

    /**
     * A code page in a browser: its WebSocket, and the check it runs once the socket is open and again when the
     * end of the wait is pushed (resources/iunija/portal.js); "logging in" runs the complete command at once.
     * Checks of one page go one at a time, as PrimeFaces queues them.
     */
    private static final class WaitingPage implements WebSocket.Listener {
        private final URI page;
        private final String nonce;
        private volatile String cookie = "";
        private volatile String startedLogin;
        private volatile String viewState;

        WaitingPage(URI page, String viewState, String nonce) {
            this.page = page;
            this.viewState = viewState;
            this.nonce = nonce;
        }

        void openSocket(URI socket) {
            HANDSHAKES_PENDING.incrementAndGet();
            CLIENT.newWebSocketBuilder().header("Cookie", cookie).buildAsync(socket, this).whenComplete((opened, failure) -> {
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
                String body = ajax("login:poll", "login:poll", "").body();
                if (body.contains("class=\"completing\"") && ajax("login:complete", "login:complete", "").body().contains("<redirect")) {
                    LOGGED_IN.incrementAndGet();
                }
            } catch (IOException e) {
                // counted as a check that did not complete; the figures show it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        HttpResponse<String> ajax(String source, String execute, String fields) throws IOException, InterruptedException {
            String form = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(source) + "&jakarta.faces.partial.execute="
                    + enc(execute) + "&jakarta.faces.partial.render=login&" + enc(source) + "=" + enc(source) + fields
                    + (startedLogin == null ? "" : "&started-login=" + enc(startedLogin))
                    + "&jakarta.faces.ViewState=" + enc(viewState)
                    // PrimeFaces in CSP mode refuses a post without the page's nonce, as the browser sends it.
                    + "&primefaces.nonce=" + enc(nonce);
            HttpRequest.Builder request = HttpRequest.newBuilder(page);
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> response = CLIENT.send(request
                    .header("Origin", page.getScheme() + "://" + page.getRawAuthority())
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher next = NEW_VIEW_STATE.matcher(response.body());
            if (next.find()) {
                viewState = next.group(1);
            }
            return response;
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    private static List<Long> pageLatencies(URI page, int fetches) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < fetches; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                micros.add((System.nanoTime() - start) / 1000);
            }
        }
        return micros;
    }

    private static double percentile(List<Long> micros, int percentile) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    /**
     * The heap's live objects: jcmd's class histogram forces a full collection and prints their total bytes;
     * the classes that hold the most are printed too (where a waiting member's memory goes).
     */
    private static long liveHeapMegabytes(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        List<String> lines = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        jcmd.waitFor();
        lines.stream().filter(line -> line.trim().matches("\\d+:.*")).limit(Integer.getInteger("bench.histogram", 12))
                .forEach(line -> System.out.println("  heap: " + line.trim()));
        String total = lines.stream().filter(line -> line.startsWith("Total")).findFirst().orElseThrow();
        return Long.parseLong(total.trim().split("\\s+")[2]) / (1024 * 1024);
    }

    /** Live threads and resident memory of the server process, from /proc. */
    private static String processFigures(long pid) throws IOException {
        String threads = "?";
        String rss = "?";
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("Threads:")) {
                threads = line.substring(8).strip();
            } else if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).strip();
            }
        }
        return "live threads " + threads + ", resident memory " + rss;
    }

    private static void awaitReady(URI base) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("health/ready")).timeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 360; i++) {
            // A bounded wait of our own: a request sent while Payara is still booting was once seen to hang
            // past the request's own timeout.
            CompletableFuture<HttpResponse<Void>> answer = client.sendAsync(ready, HttpResponse.BodyHandlers.discarding());
            try {
                if (answer.get(3, TimeUnit.SECONDS).statusCode() == 200) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                answer.cancel(true); // not yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not become ready");
    }

    private SmartIdWaitBenchmark() {
    }
}
