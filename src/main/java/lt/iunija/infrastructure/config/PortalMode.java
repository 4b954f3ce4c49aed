package lt.iunija.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo or production. Demo mode loads the demo members and may run the Smart-ID simulator; production
 * configuration turns both off. Exposed to pages as {@code #{portalMode}} for the DEMO banner.
 */
@Named("portalMode")
@ApplicationScoped
public class PortalMode {

    @Inject
    @ConfigProperty(name = "iunija.mode", defaultValue = "production")
    String mode;

    public boolean isDemo() {
        return "demo".equalsIgnoreCase(mode.strip());
    }
}
