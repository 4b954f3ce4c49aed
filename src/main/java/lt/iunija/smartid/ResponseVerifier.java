package lt.iunija.smartid;

import ee.sk.smartid.AuthenticationIdentity;
import ee.sk.smartid.AuthenticationResponseValidator;
import ee.sk.smartid.SmartIdAuthenticationResponse;
import ee.sk.smartid.exception.SmartIdException;
import ee.sk.smartid.exception.useraccount.CertificateLevelMismatchException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * Decides whether a completed Smart-ID authentication proves the person we asked for. On top of the client
 * library's checks (end result, signature over our hash, certificate trusted by the configured CAs and not
 * expired, level at least the one asked) it requires the certificate to carry the qualified Smart-ID policy
 * and to name exactly the identity we asked for.
 * <p>
 * The library (2.3.1) checks only the certificate's {@code notAfter} and its signature by one of the CAs, so the
 * certificate is checked in full here as well: valid now (both ends), a PKIX path to a configured trust anchor, and
 * a key usage that allows digital signatures.
 */
public final class ResponseVerifier {

    private static final Logger LOG = Logger.getLogger(ResponseVerifier.class.getName());
    static final String QUALIFIED_POLICY = "1.3.6.1.4.1.10015.17.2";

    private static final int DIGITAL_SIGNATURE = 0;

    private final List<X509Certificate> trustedCas;
    private final Set<TrustAnchor> anchors;
    private final Clock clock;

    public ResponseVerifier(List<X509Certificate> trustedCas) {
        this(trustedCas, Clock.systemUTC());
    }

    ResponseVerifier(List<X509Certificate> trustedCas, Clock clock) {
        if (trustedCas.isEmpty()) {
            throw new IllegalArgumentException("no trusted Smart-ID CA is configured");
        }
        this.trustedCas = List.copyOf(trustedCas);
        this.anchors = trustedCas.stream().map(ca -> new TrustAnchor(ca, null)).collect(Collectors.toUnmodifiableSet());
        this.clock = clock;
    }

    /** The outcome of a check: the person, or why nobody is logged in. */
    public record Result(AuthenticationOutcome outcome, VerifiedPerson person) {
        static Result refused(AuthenticationOutcome outcome) {
            return new Result(outcome, null);
        }
    }

    public Result verify(SmartIdAuthenticationResponse response, String askedIdentity) {
        AuthenticationIdentity identity;
        try {
            // A fresh validator per check: it keeps its CA list in a mutable field.
            identity =
                    new AuthenticationResponseValidator(trustedCas.toArray(X509Certificate[]::new)).validate(response);
        } catch (CertificateLevelMismatchException e) {
            return Result.refused(AuthenticationOutcome.NOT_QUALIFIED);
        } catch (SmartIdException | IllegalArgumentException e) {
            LOG.log(
                    Level.WARNING,
                    "Smart-ID response for " + SemanticsIdentifiers.masked(askedIdentity) + " rejected: "
                            + e.getMessage());
            return Result.refused(AuthenticationOutcome.INVALID_RESPONSE);
        }
        X509Certificate certificate = response.getCertificate();
        String problem = certificateProblem(certificate);
        if (problem != null) {
            LOG.warning(() ->
                    "Smart-ID certificate of " + SemanticsIdentifiers.masked(askedIdentity) + " rejected: " + problem);
            return Result.refused(AuthenticationOutcome.INVALID_RESPONSE);
        }
        if (!hasPolicy(certificate, QUALIFIED_POLICY)) {
            LOG.warning(() -> "Smart-ID certificate of " + SemanticsIdentifiers.masked(askedIdentity)
                    + " is not a qualified Smart-ID certificate");
            return Result.refused(AuthenticationOutcome.NOT_QUALIFIED);
        }
        String proven = "PNO" + identity.getCountry() + "-" + identity.getIdentityNumber();
        if (!proven.equals(askedIdentity)) {
            LOG.warning(() -> "Smart-ID response names " + SemanticsIdentifiers.masked(proven) + " but "
                    + SemanticsIdentifiers.masked(askedIdentity) + " was asked for");
            return Result.refused(AuthenticationOutcome.INVALID_RESPONSE);
        }
        return new Result(
                AuthenticationOutcome.OK, new VerifiedPerson(proven, identity.getGivenName(), identity.getSurname()));
    }

    /** Why the certificate cannot be accepted now, or null when it can. */
    private String certificateProblem(X509Certificate certificate) {
        Date now = Date.from(clock.instant());
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null || !keyUsage[DIGITAL_SIGNATURE]) {
            return "its key usage does not allow digital signatures";
        }
        try {
            certificate.checkValidity(now);
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setDate(now);
            // Revocation: SK revokes by OCSP; a certificate that signed this very session was valid for SK.
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX")
                    .validate(
                            CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), parameters);
            return null;
        } catch (GeneralSecurityException e) {
            return e.getMessage();
        }
    }

    static boolean hasPolicy(X509Certificate certificate, String policy) {
        byte[] extension = certificate.getExtensionValue(Extension.certificatePolicies.getId());
        if (extension == null) {
            return false;
        }
        CertificatePolicies policies = CertificatePolicies.getInstance(
                ASN1OctetString.getInstance(extension).getOctets());
        for (PolicyInformation information : policies.getPolicyInformation()) {
            if (information.getPolicyIdentifier().equals(new ASN1ObjectIdentifier(policy))) {
                return true;
            }
        }
        return false;
    }
}
