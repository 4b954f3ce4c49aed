package lt.iunija.routing;

import java.util.Optional;
import lt.iunija.tenant.Union;

/** What to do with one incoming request, as decided by {@link RouteResolver}. */
public sealed interface Route {

    /** Not ours to route (health, metrics, the simulator, shared resources): let the chain serve it. */
    record PassThrough() implements Route {}

    /** Serve an internal path (a view or a resource), optionally inside a union. */
    record Forward(String internalPath, Optional<Union> union) implements Route {

        /** A script, style or image of the page rather than a page itself. */
        public boolean isResource() {
            return internalPath.startsWith(RouteResolver.RESOURCE_PREFIX)
                    || internalPath.equals(RouteResolver.LOGO_PATH);
        }
    }

    /** Send the browser to the canonical address. */
    record Redirect(String path) implements Route {}

    /** Nothing here, or a union address asked through another union's host. */
    record NotFound() implements Route {}
}
