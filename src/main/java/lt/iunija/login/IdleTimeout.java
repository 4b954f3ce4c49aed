package lt.iunija.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a member session may stay unused ({@code iunija.session.idle-seconds}) and how long before its end
 * the page warns ({@code iunija.session.warning-seconds}).
 */
@ApplicationScoped
public class IdleTimeout {

    @Inject
    @ConfigProperty(name = "iunija.session.idle-seconds", defaultValue = "900")
    int idleSeconds;

    @Inject
    @ConfigProperty(name = "iunija.session.warning-seconds", defaultValue = "60")
    int warningSeconds;

    /**
     * The server's own session timeout: the page ends an idle session itself at the idle time (with a message);
     * the server waits a minute longer, so that its clock never beats the page's, and still ends sessions whose
     * browser was simply closed.
     */
    public int serverTimeoutSeconds() {
        return idleSeconds + 60;
    }

    public long warnAfterMillis() {
        return Math.max(1, idleSeconds - warningSeconds) * 1000L;
    }

    public long idleMillis() {
        return idleSeconds * 1000L;
    }
}
