package lt.iunija.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import lt.iunija.it.PortalProcess;

/**
 * The portal a benchmark measures: the built WAR on Payara Micro as the README's operator command runs it
 * ({@code -Xmx512m} unless {@code bench.jvm-options} says otherwise, the preboot file, {@code MALLOC_ARENA_MAX=2}),
 * pointed at the Smart-ID simulator in a JVM of its own (the same WAR), so that the figures are the portal's alone:
 * in production SK's service is elsewhere too. Both are started as the integration tests start theirs
 * ({@link PortalProcess}); with {@code -Dbench.front=nginx} the browsers reach the portal through nginx, as the
 * runbook deploys it.
 */
final class PortalUnderTest implements AutoCloseable {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final PortalProcess simulator;
    private final PortalProcess server;
    private final NginxFront front;

    private PortalUnderTest(PortalProcess simulator, PortalProcess server, NginxFront front) {
        this.simulator = simulator;
        this.server = server;
        this.front = front;
    }

    /**
     * Boots the simulator (answering each prompt after {@code answerDelayMs}) and then the portal, and waits until
     * both are ready.
     */
    static PortalUnderTest start(int answerDelayMs) throws Exception {
        Path project = PortalProcess.projectDir();
        Path work = project.resolve("target/benchmark/" + System.currentTimeMillis());
        Files.createDirectories(work);
        List<String> demo = List.of(
                "iunija.tenants.dir=" + project.resolve("tenants"),
                "iunija.demo.members-file=" + project.resolve("config/demo/members.csv"));
        PortalProcess simulator = PortalProcess.boot(
                work.resolve("simulator"),
                PortalProcess.freePort(),
                Stream.concat(demo.stream(), Stream.of("iunija.smart-id.simulator.delay-ms=" + answerDelayMs))
                        .toList(),
                "health/ready",
                List.of("-Xmx512m"));
        PortalProcess server = null;
        try {
            URI simulatorBase = simulator.baseUri();
            Path ca = work.resolve("simulator-ca.pem");
            Files.writeString(
                    ca,
                    CLIENT.send(
                                    HttpRequest.newBuilder(simulatorBase.resolve("smart-id-simulator/ca.pem"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body());
            List<String> settings = List.of(
                    "iunija.smart-id.host-url=" + simulatorBase.resolve("smart-id-rp/v2/"),
                    "iunija.smart-id.trusted-ca-files=" + ca,
                    // Room for the starts that queue behind each other while thousands begin at once: Smart-ID
                    // answers a long wait only after its scripted delay.
                    "iunija.smart-id.session-seconds=" + (answerDelayMs / 1000 + 240),
                    "iunija.smart-id.throttle.identity-limit=1000000",
                    "iunija.smart-id.throttle.address-limit=1000000",
                    // With nginx in front, the addresses are the browsers' (all 127.0.0.1 here).
                    "iunija.proxy.trusted-addresses=127.0.0.1/32");
            server = PortalProcess.boot(
                    work.resolve("server"),
                    PortalProcess.freePort(),
                    Stream.concat(demo.stream(), settings.stream()).toList(),
                    "health/ready",
                    List.of(System.getProperty("bench.jvm-options", "-Xmx512m")
                            .trim()
                            .split("\\s+")));
            NginxFront front = NginxFront.wanted() ? NginxFront.start(work.resolve("nginx"), server.baseUri()) : null;
            PortalUnderTest portal = new PortalUnderTest(simulator, server, front);
            System.out.printf("server pid %d ready; idle: %s%n", server.pid(), portal.processFigures());
            return portal;
        } catch (Exception | Error e) {
            if (server != null) {
                server.stop();
            }
            simulator.stop();
            throw e;
        }
    }

    /** Where the browsers go: nginx when it is in front, else the portal itself. */
    URI base() {
        return front != null ? front.base() : server.baseUri();
    }

    URI resolve(String path) {
        return base().resolve(path);
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

    /** Stops nginx and both JVMs, and waits until they have gone. */
    @Override
    public void close() {
        if (front != null) {
            front.close();
        }
        try {
            server.stop();
            simulator.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // they are stopping; nobody waits for them any more
        }
    }
}
