package lt.iunija.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * One Payara Micro running the built WAR exactly as operators start it (the preboot file, a properties file,
 * {@code --nohazelcast}: one node, no cluster port; {@code MALLOC_ARENA_MAX=2}), in a working folder of its own,
 * with its log in {@code server.log} there and its data in {@code data} there (H2) or in the {@link TestDatabase}
 * of the run. The integration tests' servers and the benchmarks' are all started here.
 */
public final class PortalProcess {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> TEST_JVM = List.of("-Xmx1g");

    private final Process process;
    private final URI baseUri;
    private final Path log;

    private PortalProcess(Process process, URI baseUri, Path log) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
    }

    /** Boots the portal with these configuration lines on {@code port} and waits until it is ready. */
    static PortalProcess boot(Path work, int port, List<String> properties) {
        return boot(work, port, properties, "health/ready");
    }

    /** The same, waiting until {@code probe} answers 200 (a portal that must not become ready: "health/live"). */
    static PortalProcess boot(Path work, int port, List<String> properties, String probe) {
        return boot(work, port, properties, probe, TEST_JVM);
    }

    /** A single node with these JVM options (a benchmark's heap), ready when {@code probe} answers 200. */
    public static PortalProcess boot(
            Path work, int port, List<String> properties, String probe, List<String> jvmOptions) {
        return boot(
                work,
                port,
                properties,
                probe,
                jvmOptions,
                TestDatabase.of(work),
                List.of(
                        "--nohazelcast",
                        "--prebootcommandfile",
                        projectDir().resolve("config/payara-preboot.asadmin").toString()));
    }

    /**
     * One node of a cluster: the data grid on 127.0.0.1 only, at {@code gridPort}, finding the other nodes of
     * {@code cluster} at {@code gridPorts} (TCP/IP discovery), all on one {@code database}.
     */
    static PortalProcess bootNode(
            Path work,
            int port,
            List<String> properties,
            TestDatabase database,
            String cluster,
            int gridPort,
            List<Integer> gridPorts) {
        String members = String.join(
                ",", gridPorts.stream().map(member -> "127.0.0.1:" + member).toList());
        return boot(
                work,
                port,
                properties,
                "health/ready",
                TEST_JVM,
                database,
                List.of(
                        "--clustername",
                        cluster,
                        "--interfaces",
                        "127.0.0.1",
                        "--startport",
                        String.valueOf(gridPort),
                        "--clustermode",
                        "tcpip:" + members,
                        "--prebootcommandfile",
                        projectDir()
                                .resolve("config/payara-cluster-preboot.asadmin")
                                .toString()));
    }

    private static PortalProcess boot(
            Path work,
            int port,
            List<String> properties,
            String probe,
            List<String> jvmOptions,
            TestDatabase database,
            List<String> gridOptions) {
        try {
            Path project = projectDir();
            Files.createDirectories(work);
            Path file = work.resolve("server.properties");
            List<String> configuration = new ArrayList<>(List.of("iunija.data.dir=" + work.resolve("data")));
            configuration.addAll(database.settings());
            configuration.addAll(properties);
            Files.write(file, configuration);
            Path log = work.resolve("server.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(jvmOptions);
            command.addAll(List.of(
                    "-jar",
                    System.getProperty(
                            "payara.microJar",
                            project.resolve("target/payara-micro.jar").toString()),
                    "--deploy",
                    System.getProperty(
                            "iunija.war", project.resolve("target/iunija.war").toString()),
                    "--contextroot",
                    "/",
                    "--port",
                    String.valueOf(port),
                    "--systemproperties",
                    file.toString()));
            command.addAll(gridOptions);
            command.addAll(database.payaraOptions());
            ProcessBuilder builder = new ProcessBuilder(command);
            // As the README's operator command runs it: glibc's per-thread arenas otherwise fragment the C heap.
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            Process process = builder.directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            PortalProcess portal = new PortalProcess(process, URI.create("http://localhost:" + port + "/"), log);
            portal.awaitReady(probe);
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh working folder {@code target/<name>} with its own copy of the project's tenants folder (tests
     * change tenant files) and an empty database ({@link TestDatabase}), for a portal of a test's own.
     */
    static Path freshWork(String name) throws IOException {
        Path work = projectDir().resolve("target").resolve(name);
        PortalServer.deleteRecursively(work);
        PortalServer.copyRecursively(projectDir().resolve("tenants"), work.resolve("tenants"));
        TestDatabase.of(work).reset();
        return work;
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("iunija.project.dir", ".")).toAbsolutePath();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The TCP ports the server process listens on. */
    java.util.Set<Integer> listeningPorts() throws IOException {
        return new java.util.TreeSet<>(listeners().stream().map(Listener::port).toList());
    }

    /** Whether every socket the server listens on at {@code port} is bound to 127.0.0.1 (not to every interface). */
    boolean listensOnLoopbackOnly(int port) throws IOException {
        List<Listener> atPort =
                listeners().stream().filter(listener -> listener.port() == port).toList();
        return !atPort.isEmpty() && atPort.stream().allMatch(Listener::loopback);
    }

    /** A listening socket: its local address as /proc writes it (hex) and its port. */
    private record Listener(String address, int port) {

        boolean loopback() {
            return address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F");
        }
    }

    /** The sockets among the server's open files that /proc/net/tcp and tcp6 list in state LISTEN (0A). */
    private List<Listener> listeners() throws IOException {
        java.util.Set<String> sockets = new java.util.HashSet<>();
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("/proc", String.valueOf(process.pid()), "fd"))) {
            for (Path file : files.toList()) {
                try {
                    String target = Files.readSymbolicLink(file).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the file was closed while we looked
                }
            }
        }
        List<Listener> listeners = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.trim().split("\\s+");
                if (columns[3].equals("0A") && sockets.contains(columns[9])) {
                    String[] local = columns[1].split(":");
                    listeners.add(new Listener(local[0], Integer.parseInt(local[1], 16)));
                }
            }
        }
        return listeners;
    }

    /** kill -9: the process gets no chance to write or close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The server's process id (for /proc and jcmd). */
    public long pid() {
        return process.pid();
    }

    /** An orderly stop (SIGTERM), forced after 30 seconds. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void awaitReady(String probe) throws IOException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited while booting:\n" + tail());
            }
            // A bounded wait of our own: a request sent while Payara is still booting was once seen to hang past
            // the request's own timeout.
            CompletableFuture<HttpResponse<Void>> answer = client.sendAsync(
                    HttpRequest.newBuilder(baseUri.resolve(probe))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            try {
                if (answer.get(3, TimeUnit.SECONDS).statusCode() == 200) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                answer.cancel(true); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            PortalServer.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Payara Micro was not ready within " + BOOT_TIMEOUT + ":\n" + tail());
    }

    /** The server's log so far. */
    List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
