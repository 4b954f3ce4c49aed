package lt.iunija.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server of the build's own: Debian's {@code postgresql} binaries, a data folder under
 * {@code target/postgresql}, a free port on 127.0.0.1 and its socket in its own folder, so nothing of a system
 * PostgreSQL is used or touched. PostgreSQL refuses to run as root: when the build runs as root (CI), the server
 * runs as Debian's {@code postgres} user. Passwords are checked (SCRAM) as on a real server. Started once per test
 * run, stopped at its end (and by a shutdown hook if the run is cut short).
 */
final class PostgresServer {

    static final String ADMIN = "postgres";
    static final String ADMIN_PASSWORD = "build-admin-password";

    private static PostgresServer started;

    private final Path bin;
    private final Path home;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path home, int port) {
        this.bin = bin;
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
    }

    /** The build's server, initialised and started on first use. */
    static synchronized PostgresServer get() {
        if (started == null) {
            PostgresServer server = new PostgresServer(binaries(), home(), PortalProcess.freePort());
            server.initialise();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly, "postgresql-stop"));
            started = server;
        }
        return started;
    }

    /**
     * {@code target/postgresql}, unless the postgres user cannot reach it (a checkout under a private home folder):
     * then a folder of its own under the system's temporary folder.
     */
    private static Path home() {
        Path inTarget = PortalProcess.projectDir().resolve("target/postgresql");
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        try {
            Files.createDirectories(inTarget.getParent());
            if (!asRoot
                    || new ProcessBuilder(
                                            "runuser",
                                            "-u",
                                            "postgres",
                                            "--",
                                            "test",
                                            "-x",
                                            inTarget.getParent().toString())
                                    .start()
                                    .waitFor()
                            == 0) {
                return inTarget;
            }
            return Files.createTempDirectory("iunija-postgresql");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A connection as the server's administrator. */
    Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), ADMIN, ADMIN_PASSWORD);
    }

    /** A new empty database owned by a new login role of the same name (both dropped first if they exist). */
    void freshDatabase(String name, String password) {
        try (Connection connection = admin("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("DROP ROLE IF EXISTS " + name);
            statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
            statement.execute("CREATE DATABASE " + name + " OWNER " + name + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** Starts the server unless it runs (waits until it accepts connections). */
    void start() {
        if (running()) {
            return;
        }
        run(
                Duration.ofSeconds(90),
                pgCtl(
                        "start",
                        "-w",
                        "-t",
                        "60",
                        "-l",
                        home.resolve("server.log").toString(),
                        "-o",
                        "-p " + port + " -c listen_addresses=127.0.0.1 -k " + home.resolve("socket")));
    }

    /** A fast shutdown, as an operator's restart does: open connections are ended at once. */
    void stop() {
        run(Duration.ofSeconds(60), pgCtl("stop", "-w", "-m", "fast"));
    }

    private boolean running() {
        return Files.exists(data.resolve("postmaster.pid")) && exitValue(Duration.ofSeconds(30), pgCtl("status")) == 0;
    }

    private void stopQuietly() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stop();
            }
        } catch (RuntimeException e) {
            System.err.println("Could not stop the build's PostgreSQL: " + e.getMessage());
        }
    }

    private void initialise() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                // A server of an earlier run of this build that was cut short: ours, by its data folder.
                run(Duration.ofSeconds(60), pgCtl("stop", "-w", "-m", "immediate"));
            }
            PortalServer.deleteRecursively(home);
            Files.createDirectories(home.resolve("socket"));
            Path passwordFile = home.resolve("admin-password");
            Files.writeString(passwordFile, ADMIN_PASSWORD + "\n");
            if (asPostgresUser) {
                UserPrincipal postgres =
                        home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                try (Stream<Path> paths = Files.walk(home)) {
                    for (Path path : paths.toList()) {
                        Files.setOwner(path, postgres);
                    }
                }
            }
            run(
                    Duration.ofMinutes(2),
                    List.of(
                            bin.resolve("initdb").toString(),
                            "-D",
                            data.toString(),
                            "-U",
                            ADMIN,
                            "--pwfile=" + passwordFile,
                            "--auth-local=scram-sha-256",
                            "--auth-host=scram-sha-256",
                            "-E",
                            "UTF8",
                            "--no-locale",
                            "--no-sync"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> pgCtl(String action, String... options) {
        List<String> command =
                new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), action, "-D", data.toString()));
        command.addAll(List.of(options));
        return command;
    }

    private void run(Duration timeout, List<String> command) {
        if (exitValue(timeout, command) != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + lastOutput + lastServerLog());
        }
    }

    private String lastOutput = "";

    /** Runs one command (as the postgres user when the build runs as root); its exit value, -1 if it hung. */
    private int exitValue(Duration timeout, List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("postgresql-command", ".log");
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            lastOutput = Files.readString(output);
            Files.delete(output);
            return ended ? process.exitValue() : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String lastServerLog() {
        Path log = home.resolve("server.log");
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** Debian's PostgreSQL binaries, the newest installed version ({@code .ci/run} installs {@code postgresql}). */
    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        Optional<Path> newest = Optional.empty();
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                newest = versions.filter(version -> Files.isExecutable(version.resolve("bin/pg_ctl")))
                        .max(Comparator.comparingInt(version -> Integer.parseInt(
                                version.getFileName().toString().replaceAll("\\D", "0"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return newest.map(version -> version.resolve("bin"))
                .orElseThrow(
                        () -> new IllegalStateException(
                                "No PostgreSQL server under /usr/lib/postgresql: install Debian's postgresql package (.ci/run does)"));
    }
}
