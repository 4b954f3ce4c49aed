package lt.iunija.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * ({@code -Xmx512m}, the preboot file, {@code MALLOC_ARENA_MAX=2}) with a 60-second simulator delay, starts 2,000
 * member logins through the real login form (each one a Smart-ID authentication the portal follows), and while
 * they wait prints the server's live threads, its resident memory, and the latency of a plain union page.
 * Run with {@code mvn -Pbenchmark verify} (see README, "Performance").
 */
public final class SmartIdWaitBenchmark {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String[][] MEMBERS = {{"nemunas", "100002"}, {"baltija", "200002"}, {"daugava", "300001"}};

    public static void main(String[] args) throws Exception {
        int logins = Integer.getInteger("bench.logins", 2000);
        int delayMs = Integer.getInteger("bench.delay-ms", 60000);
        Path project = Path.of(System.getProperty("iunija.project.dir", ".")).toAbsolutePath();
        Path work = project.resolve("target/benchmark");
        Files.createDirectories(work);
        Path properties = work.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "iunija.tenants.dir=" + project.resolve("tenants"),
                "iunija.data.dir=" + work.resolve("data-" + System.currentTimeMillis()),
                "iunija.demo.members-file=" + project.resolve("config/demo/members.csv"),
                "iunija.smart-id.simulator.delay-ms=" + delayMs,
                "iunija.smart-id.session-seconds=" + (delayMs / 1000 + 60),
                "iunija.smart-id.throttle.identity-limit=1000000",
                "iunija.smart-id.throttle.address-limit=1000000", ""));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("bench.jvm-options", "-Xmx512m").trim().split("\\s+")));
        command.addAll(List.of("-jar", project.resolve("target/payara-micro.jar").toString(), "--deploy", project.resolve("target/iunija.war").toString(),
                "--contextroot", "/", "--port", String.valueOf(port), "--nohazelcast", "--systemproperties", properties.toString(),
                "--prebootcommandfile", project.resolve("config/payara-preboot.asadmin").toString()));
        System.out.println("server: " + String.join(" ", command));
        ProcessBuilder serverProcess = new ProcessBuilder(command);
        // As the README's operator command runs it: glibc's per-thread arenas otherwise fragment the C heap.
        serverProcess.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process server = serverProcess
                .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile()).start();
        URI base = URI.create("http://localhost:" + port + "/");
        try {
            awaitReady(base);
            System.out.printf("server pid %d ready; idle: %s%n", server.pid(), processFigures(server.pid()));
            long started = System.nanoTime();
            int waiting = startLogins(base, logins);
            System.out.printf("%d logins waiting for Smart-ID after %.1f s (%d failed to start)%n", waiting,
                    (System.nanoTime() - started) / 1e9, logins - waiting);
            for (int round = 1; round <= 3; round++) {
                List<Long> latencies = pageLatencies(base.resolve("nemunas/?lang=en"), 200);
                System.out.printf("during the wait, sample %d: %s; union page latency over %d fetches: median %.1f ms, p99 %.1f ms%n",
                        round, processFigures(server.pid()), latencies.size(), percentile(latencies, 50), percentile(latencies, 99));
                Thread.sleep(5000);
            }
            System.out.printf("still during the wait: live Java heap after a full collection %d MB (what -Xmx must hold)%n",
                    liveHeapMegabytes(server.pid()));
        } finally {
            server.destroy();
            server.waitFor();
        }
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
     * One browser: its own cookies, the login page, then the login form posted with the member's number the way
     * PrimeFaces posts it from the page (an Ajax request that re-renders the form with the verification code).
     */
    private static boolean startLogin(URI base, String union, String userNumber) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI page = base.resolve(union + "/?lang=en");
        String html = browser.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(html);
        Matcher nonce = NONCE.matcher(html);
        if (!viewState.find() || !nonce.find()) {
            return false;
        }
        String form = "jakarta.faces.partial.ajax=true&jakarta.faces.source=login%3Asubmit&jakarta.faces.partial.execute=login"
                + "&jakarta.faces.partial.render=login&login%3Asubmit=login%3Asubmit&login=login&login%3AuserNumber=" + userNumber
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1).replace("&#x3a;", ":"), StandardCharsets.UTF_8)
                // PrimeFaces in CSP mode refuses a post without the page's nonce, as the browser sends it.
                + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(page)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("class=\"code\"");
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

    /** The heap's live objects: jcmd's class histogram forces a full collection and prints their total bytes. */
    private static long liveHeapMegabytes(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String total = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("Total")).findFirst().orElseThrow();
        jcmd.waitFor();
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
