package lt.iunija.smartid;

import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * A Smart-ID RP API served by this very server, which the portal uses instead of a configured service while it
 * is on: the demo simulator contributes one as a CDI bean. The portal still reaches it only over HTTP, through the
 * Smart-ID client, exactly like SK's service; this package never names the bean's class.
 */
public interface BuiltInSmartId {

    /** Whether it answers in this configuration (never in production). */
    boolean isOn();

    /** Its RP API v2 address, ending in {@code /}. */
    String baseUrl();

    /** The CA that issues its accounts' authentication certificates, and the one certificate its answers are trusted by. */
    X509Certificate certificateAuthority();

    /** How long it takes to answer a prompt that nobody confirms: a decoy waits as long. */
    Duration unconfirmedAnswerDelay();
}
