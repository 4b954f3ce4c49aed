package lt.iunija.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL, as an operator runs them behind a load balancer, in the
 * PostgreSQL run: the push-bombing budget counts across nodes, an incident e-mail that both nodes' retry rounds
 * see is sent once, a member and an admin logged in on one node stay logged in on the other when the first dies (kill -9),
 * a member waiting for Smart-ID on the dying node reaches home through the other, and no report answered with
 * a Reference is lost by that kill. Both nodes use one Smart-ID service (the HTTPS stand-in in this JVM).
 */
class ClusterIT {

    private static final String THROTTLED = "Too many Smart-ID requests in a short time.";

    @Test
    void twoNodesShareWhatMustBeShared() throws Exception {
        ServerSetup smtp = new ServerSetup(PortalProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail mail = new GreenMail(smtp);
        mail.start();
        TestDatabase database = TestDatabase.shared("it_cluster");
        database.reset();
        int gridA = PortalProcess.freePort();
        int gridB = PortalProcess.freePort();
        String cluster = "iunija-it-" + ProcessHandle.current().pid();
        SmartIdStandIn smartId = new SmartIdStandIn(PortalProcess.projectDir().resolve("target/it-cluster-smart-id"));
        PortalProcess a = node("it-cluster-a", smtp, smartId, database, cluster, gridA, List.of(gridA, gridB));
        PortalProcess b = null;
        try {
            b = node("it-cluster-b", smtp, smartId, database, cluster, gridB, List.of(gridA, gridB));
            URI[] nodes = {a.baseUri(), b.baseUri()};
            assertTrue(
                    a.listensOnLoopbackOnly(gridA) && b.listensOnLoopbackOnly(gridB),
                    "the data grid binds to the interface named");

            // The union's first reports of the year arrive at once on both nodes (its reference counter does not
            // exist yet): each gets a Reference of its own.
            ExecutorService browsers = Executors.newFixedThreadPool(6);
            List<CompletableFuture<String>> together = new ArrayList<>();
            for (int report = 0; report < 6; report++) {
                URI node = nodes[report % 2];
                together.add(CompletableFuture.supplyAsync(() -> report(node, "100001"), browsers));
            }
            List<String> firstReports =
                    together.stream().map(CompletableFuture::join).toList();
            browsers.shutdown();
            assertEquals(6, firstReports.stream().distinct().count(), firstReports.toString());

            // Round robin: a stranger's sixth prompt to one person is refused, whichever node it reaches.
            for (int start = 0; start < 5; start++) {
                FacesPageClient.Answer started = login(nodes[start % 2]).logIn("100005");
                assertTrue(started.code().isPresent(), "start " + (start + 1) + " of 5: " + started.message());
            }
            assertEquals(
                    Optional.of(THROTTLED),
                    login(nodes[1]).logIn("100005").message().map(ClusterIT::firstSentence));
            assertEquals(
                    Optional.of(THROTTLED),
                    login(nodes[0]).logIn("100005").message().map(ClusterIT::firstSentence));

            // The mail server is down when two reports come in, one per node; both nodes' retry rounds then see
            // both e-mails due, and each goes out once.
            mail.stop();
            String first = report(nodes[0], "100006");
            String second = report(nodes[1], "100007");
            // Each node's first try fails while the mail server is down (so what arrives later are retries).
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (mailFailures(nodes) < 2 && System.nanoTime() < deadline) {
                PortalServer.sleep(250);
            }
            assertTrue(mailFailures(nodes) >= 2, "both first tries failed while the mail server was down");
            mail = new GreenMail(smtp);
            mail.start();
            assertTrue(mail.waitForIncomingEmail(Duration.ofSeconds(60).toMillis(), 2), "both e-mails arrive");
            PortalServer.sleep(8000); // two more retry rounds on each node
            assertEquals(1, mailsAbout(mail, first), first);
            assertEquals(1, mailsAbout(mail, second), second);

            // One member waits for Smart-ID on node A, another is logged in there; node A dies while reports are
            // being filed on it.
            FacesPageClient member = login(nodes[0]);
            assertTrue(member.logIn("100002").code().isPresent());
            assertTrue(member.pollUntilEnded(Duration.ofSeconds(30)).body().contains("/nemunas/home"));
            assertTrue(member.get(nodes[0].resolve("nemunas/home")).body().contains("OK TESTNUMBER"));

            FacesPageClient admin =
                    new FacesPageClient(nodes[0].resolve("nemunas/admin/login?lang=en"), "adminLogin").open();
            assertTrue(admin.submit(
                            "submit",
                            Map.of("adminLogin:country_input", "LT", "adminLogin:personalCode", "50001029996"))
                    .code()
                    .isPresent());
            assertTrue(
                    admin.pollUntilEnded(Duration.ofSeconds(30)).body().contains("<redirect url=\"/nemunas/admin/\""));

            smartId.holdAnswers();
            FacesPageClient waiting = login(nodes[0]);
            assertTrue(waiting.logIn("100004").code().isPresent());
            assertTrue(waiting.poll().unchanged(), "still waiting");

            List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean nodeUp = new AtomicBoolean(true);
            CompletableFuture<Void> reporting = CompletableFuture.runAsync(() -> {
                while (nodeUp.get()) {
                    try {
                        acknowledged.add(report(nodes[0], "100003"));
                    } catch (RuntimeException refusedByTheDyingNode) {
                        return;
                    }
                }
            });
            while (acknowledged.size() < 2) {
                PortalServer.sleep(50);
            }
            a.kill();
            nodeUp.set(false);
            reporting.get();
            smartId.releaseAnswers();
            try (Connection db = database.connect()) {
                for (String reference : List.copyOf(acknowledged)) {
                    assertEquals(1, count(db, reference), reference + " was acknowledged before the kill");
                }
            }

            FacesPageClient.Answer home = member.get(nodes[1].resolve("nemunas/home"));
            assertEquals(200, home.status(), "the member's session is on node B too");
            assertTrue(home.body().contains("OK TESTNUMBER"), home.body());
            FacesPageClient.Answer queue = admin.get(nodes[1].resolve("nemunas/admin/"));
            assertEquals(200, queue.status(), "the admin's session is on node B too");
            assertTrue(
                    queue.body().matches("(?s).*NEMUNAS-\\d{4}-\\d{4}.*"),
                    "the admin sees the union's reports there: " + queue.body());
            waiting.moveTo(nodes[1]);
            long movedAt = System.nanoTime();
            FacesPageClient.Answer end = waiting.pollUntilEnded(Duration.ofSeconds(60));
            System.out.printf(
                    "A waiting login whose node died reached its outcome on the other node after %.1f s%n",
                    (System.nanoTime() - movedAt) / 1e9);
            assertTrue(
                    end.body().contains("/nemunas/home"),
                    "the waiting member reaches home through node B: " + end.body());
            assertTrue(waiting.get(nodes[1].resolve("nemunas/home")).body().contains("Log out"));

            assertTrue(report(nodes[1], "100004").matches("[A-Z]+-\\d{4}-\\d{4}"), "node B takes reports on its own");
        } finally {
            a.kill();
            if (b != null) {
                b.stop();
            }
            mail.stop();
            smartId.close();
        }
    }

    private static PortalProcess node(
            String name,
            ServerSetup smtp,
            SmartIdStandIn smartId,
            TestDatabase database,
            String cluster,
            int gridPort,
            List<Integer> gridPorts)
            throws Exception {
        Path work = PortalProcess.freshWork(name);
        int port = PortalProcess.freePort();
        return PortalProcess.bootNode(
                work,
                port,
                List.of(
                        "iunija.tenants.dir=" + work.resolve("tenants"),
                        "iunija.demo.members-file=" + PortalProcess.projectDir().resolve("config/demo/members.csv"),
                        // One Smart-ID service for both nodes, as SK's is (each node's own simulator would die with
                        // it).
                        "iunija.smart-id.environment=sk-demo",
                        "iunija.smart-id.host-url=" + smartId.hostUrl(),
                        "iunija.smart-id.trusted-ca-files=" + smartId.caPem(),
                        "iunija.smart-id.tls-certificate-files=" + smartId.tlsPem(),
                        "iunija.mail.host=127.0.0.1",
                        "iunija.mail.port=" + smtp.getPort(),
                        "iunija.mail.from=portal@iunija.test",
                        "iunija.mail.retry-seconds=2",
                        "iunija.report.address-limit=100", // every report of this test comes from 127.0.0.1
                        "hazelcast.socket.bind.any=false", // the data grid listens on --interfaces only (README)
                        "iunija.public-url=http://localhost:" + port),
                database,
                cluster,
                gridPort,
                gridPorts);
    }

    private static FacesPageClient login(URI node) {
        return new FacesPageClient(node.resolve("nemunas/?lang=en"), "login").open();
    }

    /** Files a report about {@code userNumber} on the node; the Reference it was answered with. */
    private static String report(URI node, String userNumber) {
        FacesPageClient.Answer answer = FacesPageClient.fileReport(node.resolve("nemunas/report?lang=en"), userNumber);
        return answer.reference()
                .orElseThrow(() -> new IllegalStateException("no Reference in HTTP " + answer.status()));
    }

    /** Failed e-mail tries of all nodes ({@code incident_mail_failed_total}, 0 until a node first counts one). */
    private static long mailFailures(URI[] nodes) {
        long failures = 0;
        for (URI node : nodes) {
            failures += new FacesPageClient(node.resolve("metrics?scope=application"), "none")
                    .get(node.resolve("metrics?scope=application"))
                    .body()
                    .lines()
                    .filter(line -> line.startsWith("incident_mail_failed_total"))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        }
        return failures;
    }

    private static long mailsAbout(GreenMail mail, String reference) throws Exception {
        long count = 0;
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getSubject().contains(reference)) {
                count++;
            }
        }
        return count;
    }

    private static long count(Connection db, String reference) throws Exception {
        try (PreparedStatement statement = db.prepareStatement("select count(*) from incident where reference = ?")) {
            statement.setString(1, reference);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String firstSentence(String message) {
        return message.substring(0, message.indexOf('.') + 1);
    }
}
