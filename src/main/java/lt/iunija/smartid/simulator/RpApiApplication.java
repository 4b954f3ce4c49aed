package lt.iunija.smartid.simulator;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS root of the simulated Smart-ID RP API: {@code /smart-id-rp/v2/...}. */
@ApplicationPath("smart-id-rp")
public class RpApiApplication extends Application {

    /** No generated WADL: it would list the simulator's endpoints to anyone who asks. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
