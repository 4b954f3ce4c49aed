package lt.iunija.simulator;

import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * JAX-RS root of the simulated Smart-ID RP API, {@code /smart-id-rp/v2/...}: deliberately without
 * {@code @ApplicationPath}, so that only {@link SimulatorRegistration}, and only when the simulator is on, gives it
 * an address.
 */
public class RpApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(RpApiResource.class);
    }

    /** No generated WADL: it would list the simulator's endpoints to anyone who asks. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
