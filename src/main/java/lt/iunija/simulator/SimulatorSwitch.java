package lt.iunija.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.logging.Logger;
import lt.iunija.infrastructure.config.PortalMode;
import lt.iunija.smartid.SmartIdEnvironment;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the Smart-ID simulator is on, and for whom. It can approve anyone's login, so it is on only in demo
 * mode and only while the portal's Smart-ID client is not pointed at a real service; it answers loopback
 * clients only unless configuration opens it explicitly. The log says loudly when it is on.
 */
@ApplicationScoped
public class SimulatorSwitch {

    private static final Logger LOG = Logger.getLogger(SimulatorSwitch.class.getName());

    @Inject
    PortalMode mode;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.host-url")
    Optional<String> hostUrl;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.environment")
    Optional<String> environment;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.simulator.open-to-network", defaultValue = "false")
    boolean openToNetwork;

    @PostConstruct
    void announce() {
        if (isOn()) {
            LOG.warning("""

                    ****************************************************************************************
                    *  SMART-ID SIMULATOR IS ON (demo mode). It approves logins for SK's demo test accounts. *
                    *  Never run this configuration in production: set iunija.mode=production.             *
                    ****************************************************************************************""");
        }
    }

    /** Only in demo mode, with no Smart-ID address and no environment but the simulator named. */
    public boolean isOn() {
        return mode.isDemo()
                && hostUrl.map(String::isBlank).orElse(true)
                && environment
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .map(name -> name.equalsIgnoreCase(SmartIdEnvironment.SIMULATOR.configName()))
                        .orElse(true);
    }

    /** Whether a client at this address may use the simulator. */
    public boolean admits(String remoteAddress) {
        if (!isOn()) {
            return false;
        }
        if (openToNetwork) {
            return true;
        }
        try {
            return remoteAddress != null && InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
