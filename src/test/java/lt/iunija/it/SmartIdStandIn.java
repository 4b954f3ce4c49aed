package lt.iunija.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import lt.iunija.simulator.SimulatedAnswers;
import lt.iunija.simulator.SimulatorCa;
import lt.iunija.simulator.TestAccount;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A stand-in for SK's Smart-ID RP API v2 in the test JVM, as production reaches it: HTTPS with a TLS
 * certificate of its own, authentication certificates from a CA of its own (neither known to the JDK), and
 * whoever is asked for confirms at once with PIN1 (or, while answers are held, not yet). It can also hang on
 * every start, as a broken service would. Several portal nodes can share it, as they share SK's service.
 */
final class SmartIdStandIn implements AutoCloseable {

    private static final String BASE = "/smart-id-rp/v2/";

    private final HttpsServer server;
    private final SimulatorCa ca;
    private final Path caPem;
    private final Path tlsPem;
    private final Map<String, JsonObject> sessions = new ConcurrentHashMap<>();
    private volatile CountDownLatch hanging = new CountDownLatch(0);
    private volatile boolean certificatesFromTheFuture;
    private volatile boolean answersHeld;
    private final AtomicInteger startsReceived = new AtomicInteger();

    SmartIdStandIn(Path folder) throws Exception {
        Files.createDirectories(folder);
        ca = SimulatedAnswers.newCa();
        caPem = Files.writeString(folder.resolve("stand-in-ca.pem"), ca.certificatePem());
        KeyPair tlsKeys = rsa();
        X509Certificate tls = localhostCertificate(tlsKeys);
        tlsPem = Files.writeString(folder.resolve("stand-in-tls.pem"), pem(tls));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("tls", tlsKeys.getPrivate(), new char[0], new X509Certificate[] {tls});
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, new char[0]);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext(BASE, this::handle);
        server.start();
    }

    String hostUrl() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + BASE;
    }

    Path caPem() {
        return caPem;
    }

    Path tlsPem() {
        return tlsPem;
    }

    /** From now on every start hangs until {@link #recover()}, as an overloaded or broken service would. */
    void hang() {
        hanging = new CountDownLatch(1);
    }

    void recover() {
        hanging.countDown();
    }

    /** How many start requests reached the service so far. */
    int startsReceived() {
        return startsReceived.get();
    }

    /** From now on nobody answers in the app: every session stays RUNNING until {@link #releaseAnswers()}. */
    void holdAnswers() {
        answersHeld = true;
    }

    /** The people answer (PIN1): the sessions' next status is OK. */
    void releaseAnswers() {
        answersHeld = false;
    }

    /**
     * From now on signs with certificates of its trusted CA that become valid only in 2040: the client library
     * alone would accept them (2.3.1 checks only notAfter and the CA's signature).
     */
    void issueCertificatesFromTheFuture() {
        certificatesFromTheFuture = true;
    }

    /** Back to certificates valid now. */
    void issueCurrentCertificates() {
        certificatesFromTheFuture = false;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(BASE.length());
            if ("POST".equals(exchange.getRequestMethod()) && path.startsWith("authentication/etsi/")) {
                JsonObject request;
                try (InputStream body = exchange.getRequestBody()) {
                    request = Json.createReader(
                                    new StringReader(new String(body.readAllBytes(), StandardCharsets.UTF_8)))
                            .readObject();
                }
                startsReceived.incrementAndGet();
                hanging.await(60, TimeUnit.SECONDS);
                String session = UUID.randomUUID().toString();
                sessions.put(
                        session,
                        Json.createObjectBuilder(request)
                                .add("identity", path.substring("authentication/etsi/".length()))
                                .build());
                answer(
                        exchange,
                        200,
                        Json.createObjectBuilder()
                                .add("sessionID", session)
                                .build()
                                .toString());
            } else if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("session/")) {
                JsonObject started = sessions.get(path.substring("session/".length()));
                if (started == null) {
                    answer(exchange, 404, "{}");
                    return;
                }
                if (answersHeld) {
                    Thread.sleep(1000); // a short long poll
                    answer(
                            exchange,
                            200,
                            Json.createObjectBuilder()
                                    .add("state", "RUNNING")
                                    .build()
                                    .toString());
                    return;
                }
                String identity = started.getString("identity");
                TestAccount account = new TestAccount(identity, identity + "-MOCK-Q", "QUALIFIED", "OK", "");
                SimulatorCa.Issued issued = certificatesFromTheFuture
                        ? SimulatedAnswers.issue(
                                ca,
                                account,
                                Instant.parse("2040-01-01T00:00:00Z"),
                                Instant.parse("2043-01-01T00:00:00Z"))
                        : ca.issuedFor(account);
                answer(
                        exchange,
                        200,
                        SimulatedAnswers.ok(
                                        account.documentNumber(),
                                        "QUALIFIED",
                                        started.getString("hashType"),
                                        Base64.getDecoder().decode(started.getString("hash")),
                                        "displayTextAndPIN",
                                        issued)
                                .toString());
            } else {
                answer(exchange, 404, "{}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        recover();
        server.stop(0);
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate localhostCertificate(KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=localhost,O=Smart-ID stand-in");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                BigInteger.valueOf(System.nanoTime()),
                Date.from(Instant.now().minus(Duration.ofDays(1))),
                Date.from(Instant.now().plus(Duration.ofDays(30))),
                name,
                keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")
        }));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    private static String pem(X509Certificate certificate) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        }
        return text.toString();
    }
}
