package lt.iunija.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The portal a benchmark measures: the built WAR on Payara Micro as the README's operator command runs it
 * ({@code -Xmx512m} unless {@code bench.jvm-options} says otherwise, the preboot file, {@code MALLOC_ARENA_MAX=2}),
 * pointed at the Smart-ID simulator in a JVM of its own (the same WAR), so that the figures are the portal's alone:
 * in production SK's service is elsewhere too.
 */
final class PortalUnderTest implements AutoCloseable {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Process simulator;
    private final Process server;
    private final URI base;

    private PortalUnderTest(Process simulator, Process server, URI base) {
        this.simulator = simulator;
        this.server = server;
        this.base = base;
    }

    /**
     * Boots the simulator (answering each prompt after {@code answerDelayMs}) and then the portal, and waits until
     * both are ready.
     */
    static PortalUnderTest start(int answerDelayMs) throws Exception {
        Path project = Path.of(System.getProperty("iunija.project.dir", ".")).toAbsolutePath();
        Path work = project.resolve("target/benchmark");
        Files.createDirectories(work);
        long stamp = System.currentTimeMillis();
        int simulatorPort = freePort();
        Process simulator = boot(
                project,
                work,
                "simulator",
                simulatorPort,
                "-Xmx512m",
                List.of(
                        "iunija.data.dir=" + work.resolve("simulator-data-" + stamp),
                        "iunija.smart-id.simulator.delay-ms=" + answerDelayMs));
        Process server = null;
        try {
            URI simulatorBase = URI.create("http://localhost:" + simulatorPort + "/");
            awaitReady(simulatorBase);
            Path ca = work.resolve("simulator-ca.pem");
            Files.writeString(
                    ca,
                    CLIENT.send(
                                    HttpRequest.newBuilder(simulatorBase.resolve("smart-id-simulator/ca.pem"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body());
            int port = freePort();
            server = boot(
                    project,
                    work,
                    "server",
                    port,
                    System.getProperty("bench.jvm-options", "-Xmx512m"),
                    List.of(
                            "iunija.data.dir=" + work.resolve("data-" + stamp),
                            "iunija.smart-id.host-url=" + simulatorBase.resolve("smart-id-rp/v2/"),
                            "iunija.smart-id.trusted-ca-files=" + ca,
                            // Room for the starts that queue behind each other while thousands begin at once: Smart-ID
                            // answers a long wait only after its scripted delay.
                            "iunija.smart-id.session-seconds=" + (answerDelayMs / 1000 + 240),
                            "iunija.smart-id.throttle.identity-limit=1000000",
                            "iunija.smart-id.throttle.address-limit=1000000"));
            URI base = URI.create("http://localhost:" + port + "/");
            awaitReady(base);
            PortalUnderTest portal = new PortalUnderTest(simulator, server, base);
            System.out.printf("server pid %d ready; idle: %s%n", server.pid(), portal.processFigures());
            return portal;
        } catch (Exception | Error e) {
            for (Process process : new Process[] {server, simulator}) {
                if (process != null) {
                    process.destroy();
                }
            }
            throw e;
        }
    }

    URI base() {
        return base;
    }

    URI resolve(String path) {
        return base.resolve(path);
    }

    /** Live threads and resident memory of the portal's process, from /proc. */
    String processFigures() throws IOException {
        String threads = "?";
        String rss = "?";
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(server.pid()), "status"))) {
            if (line.startsWith("Threads:")) {
                threads = line.substring(8).strip();
            } else if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).strip();
            }
        }
        return "live threads " + threads + ", resident memory " + rss;
    }

    /**
     * The portal's live heap: jcmd's class histogram forces a full collection and prints the live objects' total
     * bytes; the {@code bench.histogram} (12) classes that hold the most are printed too.
     */
    long liveHeapMegabytes() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(server.pid()),
                        "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        List<String> lines = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        jcmd.waitFor();
        lines.stream()
                .filter(line -> line.trim().matches("\\d+:.*"))
                .limit(Integer.getInteger("bench.histogram", 12))
                .forEach(line -> System.out.println("  heap: " + line.trim()));
        String total = lines.stream()
                .filter(line -> line.startsWith("Total"))
                .findFirst()
                .orElseThrow();
        return Long.parseLong(total.trim().split("\\s+")[2]) / (1024 * 1024);
    }

    /** Stops both JVMs and waits until they have gone (an interrupted wait leaves them stopping). */
    @Override
    public void close() {
        for (Process process : new Process[] {server, simulator}) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Payara Micro with the built WAR, as the README's operator command runs it, on the demo defaults plus {@code settings}. */
    private static Process boot(
            Path project, Path work, String name, int port, String jvmOptions, List<String> settings)
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
        command.addAll(List.of(
                "-jar",
                project.resolve("target/payara-micro.jar").toString(),
                "--deploy",
                project.resolve("target/iunija.war").toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--nohazelcast",
                "--systemproperties",
                properties.toString(),
                "--prebootcommandfile",
                project.resolve("config/payara-preboot.asadmin").toString()));
        System.out.println(name + ": " + String.join(" ", command));
        ProcessBuilder process = new ProcessBuilder(command);
        // As the README's operator command runs it: glibc's per-thread arenas otherwise fragment the C heap.
        process.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        return process.redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile())
                .start();
    }

    private static void awaitReady(URI base) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        for (int i = 0; i < 360; i++) {
            // A bounded wait of our own: a request sent while Payara is still booting was once seen to hang
            // past the request's own timeout.
            CompletableFuture<HttpResponse<Void>> answer =
                    client.sendAsync(ready, HttpResponse.BodyHandlers.discarding());
            try {
                if (answer.get(3, TimeUnit.SECONDS).statusCode() == 200) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                answer.cancel(true); // not yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server at " + base + " did not become ready");
    }
}
