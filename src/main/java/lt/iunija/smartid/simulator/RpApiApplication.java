package lt.iunija.smartid.simulator;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS root of the simulated Smart-ID RP API: {@code /smart-id-rp/v2/...}. */
@ApplicationPath("smart-id-rp")
public class RpApiApplication extends Application {
}
