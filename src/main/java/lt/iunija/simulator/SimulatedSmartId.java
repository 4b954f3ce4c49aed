package lt.iunija.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Duration;
import lt.iunija.smartid.BuiltInSmartId;

/** What the portal's Smart-ID connection needs to know of the simulator: where it answers and whom it trusts. */
@ApplicationScoped
public class SimulatedSmartId implements BuiltInSmartId {

    @Inject
    SimulatorSwitch simulator;

    @Inject
    SimulatorSessions sessions;

    @Inject
    LocalServer localServer;

    @Override
    public boolean isOn() {
        return simulator.isOn();
    }

    @Override
    public String baseUrl() {
        return localServer.baseUrl() + SimulatorRegistration.RP_API_PATH + "/v2/";
    }

    @Override
    public X509Certificate certificateAuthority() {
        return sessions.ca().certificate();
    }

    @Override
    public Duration unconfirmedAnswerDelay() {
        return sessions.scriptedDelay();
    }
}
