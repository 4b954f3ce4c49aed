package lt.iunija.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots the built WAR on the real Payara Micro once for every browser and HTTP test of the run (a boot takes
 * 10–25 s here), exactly as operators start it, with its own copy of the tenants folder (tests add and remove
 * unions), a fresh database ({@link TestDatabase}: H2, or PostgreSQL in that run) and the demo members. Stopped
 * when the test run ends.
 */
public final class PortalServer implements BeforeAllCallback {

    public static final long SIMULATOR_DELAY_MS = 2000;
    /** Reports per client address and hour; every browser test reports from 127.0.0.1. */
    public static final int REPORT_ADDRESS_LIMIT = 20;

    public static final int IDLE_SECONDS = 30;
    /** Smart-ID starts per person from browsers that never logged the person in, per 10 minutes. */
    public static final int IDENTITY_LIMIT = 20;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    public static URI baseUri() {
        return Running.current.baseUri;
    }

    public static URI uri(String path) {
        return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The SMTP server the portal sends incident e-mails to (started before the portal). */
    public static GreenMail mail() {
        return Running.current.mail;
    }

    /** Stops the SMTP server, as when the union's mail server is down. */
    public static void stopMail() {
        Running.current.mail.stop();
    }

    /** Starts a fresh SMTP server on the same port. */
    public static void restartMail() {
        Running.current.mail = new GreenMail(Running.current.mailSetup);
        Running.current.mail.start();
    }

    /** The members the running server loaded: the demo members and the tests' own. */
    public static Path membersFile() {
        return Running.current.work.resolve("members.csv");
    }

    /** The tenants folder the running server reads. */
    public static Path tenantsDir() {
        return Running.current.work.resolve("tenants");
    }

    /** The running server, closed by JUnit at the end of the run (an AutoCloseable in the root store). */
    static final class Running implements AutoCloseable {
        static volatile Running current;

        final PortalProcess portal;
        final URI baseUri;
        final Path work;
        volatile GreenMail mail;
        final ServerSetup mailSetup;

        private Running(PortalProcess portal, Path work, GreenMail mail) {
            this.portal = portal;
            this.baseUri = portal.baseUri();
            this.work = work;
            this.mail = mail;
            this.mailSetup = mail.getSmtp().getServerSetup();
        }

        /**
         * The demo members and the tests' own ({@code src/test/resources/it/members.csv}) in one file: a test class
         * that changes its members' state never changes what another class finds.
         */
        private static Path membersFile(Path project, Path work) throws IOException {
            List<String> lines = new ArrayList<>(Files.readAllLines(project.resolve("config/demo/members.csv")));
            Files.readAllLines(project.resolve("src/test/resources/it/members.csv")).stream()
                    .filter(line -> !line.startsWith("tenant,"))
                    .forEach(lines::add);
            Path file = work.resolve("members.csv");
            Files.write(file, lines);
            return file;
        }

        static Running start() {
            try {
                Path project = PortalProcess.projectDir();
                Path work = PortalProcess.freshWork("it-portal");
                GreenMail mail = new GreenMail(
                        new ServerSetup(PortalProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                mail.start();
                int port = PortalProcess.freePort();
                PortalProcess portal = PortalProcess.boot(
                        work,
                        port,
                        List.of(
                                "iunija.tenants.dir=" + work.resolve("tenants"),
                                "iunija.tenants.reload-seconds=1",
                                "iunija.demo.members-file=" + membersFile(project, work),
                                // Short enough for quick tests, long enough for a test to read the code page.
                                "iunija.smart-id.simulator.delay-ms=" + SIMULATOR_DELAY_MS,
                                // Every test logs in from 127.0.0.1, and each test's browser is new to the portal: the
                                // limit
                                // per person is higher than in production, but StrangerAttacksIT still exhausts it
                                // (20).
                                "iunija.smart-id.throttle.address-limit=100000",
                                "iunija.smart-id.throttle.identity-limit=" + IDENTITY_LIMIT,
                                "iunija.smart-id.throttle.known-browser-limit=1000",
                                "iunija.report.address-limit=" + REPORT_ADDRESS_LIMIT,
                                // Member sessions: the idle warning after 15 s, the end after 30 s of nothing.
                                "iunija.session.idle-seconds=" + IDLE_SECONDS,
                                "iunija.session.warning-seconds=15",
                                "iunija.mail.host=127.0.0.1",
                                "iunija.mail.port=" + mail.getSmtp().getPort(),
                                "iunija.mail.from=portal@iunija.test",
                                "iunija.mail.retry-seconds=2",
                                "iunija.public-url=http://localhost:" + port,
                                // Connections from [::1] are the "reverse proxy"; 127.0.0.1 is a stranger
                                // (ReverseProxyIT).
                                "iunija.proxy.trusted-addresses=::1"));
                Running running = new Running(portal, work, mail);
                current = running;
                return running;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            mail.stop();
            try {
                portal.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The running server's log, line by line. */
    static List<String> logLines() throws IOException {
        return Files.readAllLines(Running.current.work.resolve("server.log"));
    }

    /** Whether a wanted line shows up in the server's log within a few seconds (lines are written just after a page learns an outcome). */
    static boolean awaitLogLine(java.util.function.Predicate<String> wanted) throws IOException {
        for (int tries = 0; tries < 20; tries++) {
            if (logLines().stream().anyMatch(wanted)) {
                return true;
            }
            sleep(250);
        }
        return false;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
