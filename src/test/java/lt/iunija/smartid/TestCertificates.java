package lt.iunija.smartid;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import lt.iunija.simulator.SimulatorCa;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates bent in ways the simulator's CA never bends them: a CA chain with an intermediate, any key
 * usage, any validity. For the verifier's tests only.
 */
final class TestCertificates {

    private static final Duration A_YEAR = Duration.ofDays(365);

    /** A key pair with its certificate. */
    record Holder(KeyPair keys, X509Certificate certificate) {
        SimulatorCa.Issued issued() {
            return new SimulatorCa.Issued(keys.getPrivate(), certificate);
        }
    }

    private TestCertificates() {}

    static Holder rootCa(String name) throws Exception {
        KeyPair keys = keys();
        X500Name subject = new X500Name("CN=" + name + ",O=Test,C=LT");
        return new Holder(
                keys,
                build(
                        subject,
                        subject,
                        keys,
                        keys,
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(A_YEAR),
                        new BasicConstraints(1),
                        KeyUsage.keyCertSign | KeyUsage.cRLSign,
                        false));
    }

    static Holder intermediateCa(Holder issuer, String name) throws Exception {
        KeyPair keys = keys();
        return new Holder(
                keys,
                build(
                        X500Name.getInstance(
                                issuer.certificate().getSubjectX500Principal().getEncoded()),
                        new X500Name("CN=" + name + ",O=Test,C=LT"),
                        keys,
                        issuer.keys(),
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(A_YEAR),
                        new BasicConstraints(0),
                        KeyUsage.keyCertSign | KeyUsage.cRLSign,
                        false));
    }

    /** A qualified Smart-ID authentication certificate of the person, as SK issues them (or bent). */
    static Holder person(Holder issuer, String semanticsIdentifier, Instant notBefore, Instant notAfter, int keyUsage)
            throws Exception {
        KeyPair keys = keys();
        X500Name subject = new X500Name("C=" + semanticsIdentifier.substring(3, 5) + ",SERIALNUMBER="
                + semanticsIdentifier + ",GIVENNAME=OK,SURNAME=TESTNUMBER,CN=TESTNUMBER\\,OK\\," + semanticsIdentifier);
        return new Holder(
                keys,
                build(
                        X500Name.getInstance(
                                issuer.certificate().getSubjectX500Principal().getEncoded()),
                        subject,
                        keys,
                        issuer.keys(),
                        notBefore,
                        notAfter,
                        new BasicConstraints(false),
                        keyUsage,
                        true));
    }

    static Holder person(Holder issuer, String semanticsIdentifier) throws Exception {
        return person(
                issuer,
                semanticsIdentifier,
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(A_YEAR),
                KeyUsage.digitalSignature);
    }

    private static X509Certificate build(
            X500Name issuer,
            X500Name subject,
            KeyPair subjectKeys,
            KeyPair issuerKeys,
            Instant notBefore,
            Instant notAfter,
            BasicConstraints constraints,
            int keyUsage,
            boolean qualifiedPolicies)
            throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer,
                BigInteger.valueOf(System.nanoTime()),
                Date.from(notBefore),
                Date.from(notAfter),
                subject,
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, constraints);
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        if (qualifiedPolicies) {
            builder.addExtension(Extension.certificatePolicies, false, new CertificatePolicies(new PolicyInformation[] {
                new PolicyInformation(new ASN1ObjectIdentifier(SimulatorCa.QUALIFIED_POLICY)),
                new PolicyInformation(new ASN1ObjectIdentifier("0.4.0.194112.1.2"))
            }));
        }
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
