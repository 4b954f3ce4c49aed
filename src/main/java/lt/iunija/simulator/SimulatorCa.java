package lt.iunija.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The simulator's own test CA. Created at first start and kept in a PKCS#12 file so that whoever trusts its
 * certificate keeps trusting it across restarts; it issues each test account a key and an authentication
 * certificate shaped like a real Smart-ID one (subject C, SURNAME, GIVENNAME, SERIALNUMBER, and the level's
 * policy OIDs), and signs for the account.
 */
public final class SimulatorCa {

    /** Smart-ID qualified and non-qualified certificate policies, plus the ETSI policies they carry. */
    public static final String QUALIFIED_POLICY = "1.3.6.1.4.1.10015.17.2";

    public static final String ADVANCED_POLICY = "1.3.6.1.4.1.10015.17.1";
    private static final String ETSI_QCP_N_QSCD = "0.4.0.194112.1.2";
    private static final String ETSI_NCP_PLUS = "0.4.0.2042.1.2";

    private static final String ALIAS = "ca";
    private static final char[] STORE_PASSWORD = "smart-id-simulator".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair caKeys;
    private final X509Certificate caCertificate;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    /** An account's key and certificate. */
    public record Issued(PrivateKey key, X509Certificate certificate) {}

    private SimulatorCa(KeyPair caKeys, X509Certificate caCertificate) {
        this.caKeys = caKeys;
        this.caCertificate = caCertificate;
    }

    /** Loads the CA from {@code file}, creating it there first if it does not exist. */
    public static SimulatorCa loadOrCreate(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, STORE_PASSWORD);
            }
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, STORE_PASSWORD);
            X509Certificate certificate = (X509Certificate) store.getCertificate(ALIAS);
            return new SimulatorCa(new KeyPair(certificate.getPublicKey(), key), certificate);
        }
        SimulatorCa ca = createNew(Duration.ofDays(3650));
        store.load(null, null);
        store.setKeyEntry(ALIAS, ca.caKeys.getPrivate(), STORE_PASSWORD, new Certificate[] {ca.caCertificate});
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, STORE_PASSWORD);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return ca;
    }

    /** A CA kept only in memory. */
    static SimulatorCa createNew(Duration validity) throws GeneralSecurityException {
        KeyPair keys = rsaKeys();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "LT")
                .addRDN(BCStyle.O, "i-Unija Smart-ID simulator")
                .addRDN(BCStyle.CN, "i-Unija Smart-ID simulator test CA " + Long.toHexString(RANDOM.nextLong()))
                .build();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                serial(),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(validity)),
                name,
                keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        return new SimulatorCa(keys, sign(builder, keys.getPrivate()));
    }

    public X509Certificate certificate() {
        return caCertificate;
    }

    public String certificatePem() {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(caCertificate);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return pem.toString();
    }

    /** The account's key and certificate, issued on first use. */
    public Issued issuedFor(TestAccount account) {
        return issued.computeIfAbsent(account.semanticsIdentifier(), id -> {
            try {
                return issue(
                        account,
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(1095)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot issue a certificate for " + id, e);
            }
        });
    }

    /** Issues a fresh key and certificate valid between the given instants. */
    Issued issue(TestAccount account, Instant notBefore, Instant notAfter) throws GeneralSecurityException {
        KeyPair keys = rsaKeys();
        String givenName = givenNameOf(account);
        String surname = "TESTNUMBER";
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, account.country())
                .addRDN(BCStyle.CN, surname + "," + givenName + "," + account.semanticsIdentifier())
                .addRDN(BCStyle.SURNAME, surname)
                .addRDN(BCStyle.GIVENNAME, givenName)
                .addRDN(BCStyle.SERIALNUMBER, account.semanticsIdentifier())
                .build();
        X500Name issuer =
                X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer, serial(), Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
        String[] policies = account.isQualified()
                ? new String[] {QUALIFIED_POLICY, ETSI_QCP_N_QSCD}
                : new String[] {ADVANCED_POLICY, ETSI_NCP_PLUS};
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            builder.addExtension(Extension.certificatePolicies, false, new CertificatePolicies(new PolicyInformation[] {
                new PolicyInformation(new ASN1ObjectIdentifier(policies[0])),
                new PolicyInformation(new ASN1ObjectIdentifier(policies[1]))
            }));
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        return new Issued(keys.getPrivate(), sign(builder, caKeys.getPrivate()));
    }

    /**
     * Signs as Smart-ID does: RSA PKCS#1 v1.5 over the DigestInfo of the given hash (the hash is not hashed again).
     */
    public static byte[] signHash(PrivateKey key, byte[] digestInfoPrefix, byte[] hash)
            throws GeneralSecurityException {
        byte[] digestInfo = new byte[digestInfoPrefix.length + hash.length];
        System.arraycopy(digestInfoPrefix, 0, digestInfo, 0, digestInfoPrefix.length);
        System.arraycopy(hash, 0, digestInfo, digestInfoPrefix.length, hash.length);
        Signature signature = Signature.getInstance("NONEwithRSA");
        signature.initSign(key);
        signature.update(digestInfo);
        return signature.sign();
    }

    /** SK's demo certificates name the expected behaviour; ours do the same ("OK", "USER_REFUSED", ...). */
    private static String givenNameOf(TestAccount account) {
        return account.endResult().replace('_', ' ');
    }

    private static KeyPair rsaKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).abs().add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
