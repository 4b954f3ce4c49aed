package lt.iunija.smartid;

import ee.sk.smartid.AuthenticationResponseValidator;
import ee.sk.smartid.SmartIdClient;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glassfish.jersey.jackson.JacksonFeature;

/**
 * The one configured connection to Smart-ID: SK's RP API in production, the built-in simulator in demo mode. Holds
 * one Smart-ID client (with one JAX-RS client, Jackson registered and TLS trust set: inside Payara the client's
 * JSON would go through JSON-B and its enums come out wrong, it refuses to run without trust material, and it
 * builds a JAX-RS client per call), one non-blocking HTTP client for following sessions, and the verifier that
 * trusts only the configured CAs.
 * <p>
 * The HTTP client's callbacks run on a small executor of their own ({@link Connected#answers()}): each one only
 * parses a short JSON answer and records the outcome. The JDK's client hands every answer to CompletableFuture's
 * default executor before any callback sees it, and where the common pool has fewer than two threads (a 2-core
 * host) that executor starts a new thread per task: a callback attached without an executor then ran on one of
 * those, and with 10,000 waiting members answered together they piled up behind the database (155 threads).
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = SmartIdConnection.EXECUTOR, maxAsync = 4)
public class SmartIdConnection {

    static final String EXECUTOR = "java:app/concurrent/SmartIdAnswers";

    private static final Logger LOG = Logger.getLogger(SmartIdConnection.class.getName());
    /**
     * The client library logs every successful authentication at INFO with the person's name and personal
     * code; the portal logs its own line per attempt with the code masked (AttemptMetrics). Held here so that
     * the level stays set (java.util.logging keeps loggers only weakly).
     */
    private static final Logger LIBRARY_LOG = quiet(Logger.getLogger("ee.sk.smartid"));

    private static Logger quiet(Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    @Inject
    @ConfigProperty(name = "iunija.smart-id.host-url")
    Optional<String> hostUrl;

    @Inject
    RelyingParty relyingParty;

    /**
     * The longest a start request (the only call made through the JAX-RS client) may take to connect and
     * again to answer: SK answers a start at once, so a slower answer is a failing service, and the circuit
     * breaker ({@link SmartIdStartCalls}) counts it.
     */
    @Inject
    @ConfigProperty(name = "iunija.smart-id.start-timeout-ms", defaultValue = "3000")
    int startTimeoutMillis;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.environment")
    Optional<String> environment;

    /** PEM files of the CAs that issue Smart-ID authentication certificates (production). */
    @Inject
    @ConfigProperty(name = "iunija.smart-id.trusted-ca-files")
    Optional<String> trustedCaFiles;

    /** PEM files of the RP API's TLS certificates (production). */
    @Inject
    @ConfigProperty(name = "iunija.smart-id.tls-certificate-files")
    Optional<String> tlsCertificateFiles;

    /** The demo simulator, where the WAR carries one. */
    @Inject
    Instance<BuiltInSmartId> builtIn;

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    private volatile Connected connected;

    /** The parts, made together on first use. */
    public record Connected(
            String baseUrl, SmartIdClient client, Client restClient, HttpClient http, ResponseVerifier verifier) {

        /** Where the HTTP client's callbacks run: the small executor the client was built with. */
        public Executor answers() {
            return http.executor().orElseThrow();
        }
    }

    /** The Smart-ID service built into this server, when the portal talks to it rather than to SK's service. */
    public Optional<BuiltInSmartId> builtIn() {
        return builtIn.isResolvable() && builtIn.get().isOn() ? Optional.of(builtIn.get()) : Optional.empty();
    }

    public Connected get() {
        Connected current = connected;
        if (current == null) {
            synchronized (this) {
                if (connected == null) {
                    connected = connect();
                }
                current = connected;
            }
        }
        return current;
    }

    private Connected connect() {
        try {
            String baseUrl;
            List<X509Certificate> trustedCas;
            List<String> tlsPems;
            Optional<BuiltInSmartId> local = builtIn();
            if (local.isPresent()) {
                baseUrl = local.get().baseUrl();
                trustedCas = List.of(local.get().certificateAuthority());
                // Plain HTTP, but the client refuses to run without trust material.
                tlsPems = List.of(pem(local.get().certificateAuthority()));
            } else {
                Optional<SmartIdEnvironment> preset = environment.flatMap(SmartIdEnvironment::fromConfig);
                baseUrl = hostUrl.filter(url -> !url.isBlank())
                        .or(() -> preset.flatMap(SmartIdEnvironment::hostUrl))
                        .orElseThrow(
                                () -> new IllegalStateException(
                                        "neither iunija.smart-id.host-url nor iunija.smart-id.environment names a Smart-ID service"));
                trustedCas = readCertificates(fileList(trustedCaFiles));
                if (trustedCas.isEmpty()
                        && preset.filter(SmartIdEnvironment.SK_LIVE::equals).isPresent()) {
                    // SK's authentication CAs as smart-id-java-client ships them (trusted_certificates.jks).
                    trustedCas = new AuthenticationResponseValidator().getTrustedCACertificates();
                }
                tlsPems = readPems(fileList(tlsCertificateFiles));
            }
            // Pinned TLS certificates when given; otherwise the JDK's trust store (SK's public certificate).
            SSLContext ssl = tlsPems.isEmpty() ? SSLContext.getDefault() : SmartIdClient.createSslContext(tlsPems);
            Client restClient = ClientBuilder.newBuilder()
                    .sslContext(ssl)
                    .register(JacksonFeature.class)
                    .connectTimeout(startTimeoutMillis, TimeUnit.MILLISECONDS)
                    .readTimeout(startTimeoutMillis, TimeUnit.MILLISECONDS)
                    .build();
            SmartIdClient client = new SmartIdClient();
            client.setRelyingPartyUUID(relyingParty.uuid());
            client.setRelyingPartyName(relyingParty.name());
            client.setHostUrl(baseUrl);
            client.setTrustSslContext(ssl);
            client.setConfiguredClient(restClient);
            // Pin one connector: the client would otherwise build a JAX-RS client per request, and leak it.
            client.setSmartIdConnector(client.getSmartIdConnector());
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(ssl)
                    .executor(executor)
                    .connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            LOG.info(() -> "Smart-ID RP API at " + baseUrl + (local.isPresent() ? " (built into this server)" : ""));
            return new Connected(baseUrl, client, restClient, http, new ResponseVerifier(trustedCas));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up the Smart-ID connection: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        if (connected != null) {
            connected.restClient().close();
        }
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    /** A comma-separated list of files (Payara's config producer cannot inject Optional lists). */
    private static List<String> fileList(Optional<String> files) {
        return files.map(value -> java.util.Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(file -> !file.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    private static List<X509Certificate> readCertificates(List<String> files)
            throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = Files.newInputStream(Path.of(file.strip()))) {
                for (var certificate : factory.generateCertificates(in)) {
                    certificates.add((X509Certificate) certificate);
                }
            }
        }
        return certificates;
    }

    private static List<String> readPems(List<String> files) throws IOException {
        List<String> pems = new ArrayList<>();
        for (String file : files) {
            pems.add(Files.readString(Path.of(file.strip())));
        }
        return pems;
    }
}
