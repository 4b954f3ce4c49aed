package lt.iunija.routing;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import lt.iunija.tenant.Union;

/**
 * Decides, from the host and the path alone, which union and which page a request is for. The path prefix
 * {@code /<union>/} is canonical; a host listed in a union's {@code hosts=} may only serve that union.
 */
public final class RouteResolver {

    /** Shared, union-less resources that Faces serves at the root (used by the union picker). */
    public static final String RESOURCE_PREFIX = "/jakarta.faces.resource/";
    /** Where the code pages ask whether their wait has ended (login/SmartIdWaitServlet), for every union. */
    public static final String WAIT_PREFIX = "/smart-id-wait/";

    public static final String PICKER_VIEW = "/picker.xhtml";
    /**
     * The demo Smart-ID simulator's "phone" page, outside every union: its address, served (only while the
     * simulator is on) by the simulator's own servlet, and the view behind it.
     */
    public static final String PHONE_PATH = "/smart-id-simulator/";

    public static final String PHONE_VIEW = "/simulator/phone.xhtml";
    /** The union's logo is served at {@code /<union>/logo} by the servlet behind this internal path. */
    public static final String LOGO_SLUG = "logo";

    public static final String LOGO_PATH = "/union-logo";

    private static final Set<String> PASS_THROUGH_PREFIXES =
            Set.of("/health", "/metrics", "/openapi", "/smart-id-rp/", "/smart-id-simulator", WAIT_PREFIX);

    private final Function<String, Optional<Union>> unionById;
    private final Function<String, Optional<Union>> unionByHost;

    public RouteResolver(Function<String, Optional<Union>> unionById, Function<String, Optional<Union>> unionByHost) {
        this.unionById = unionById;
        this.unionByHost = unionByHost;
    }

    /**
     * A host name as DNS compares them: case does not matter, and {@code nemunas.example.} (the fully qualified
     * form with its trailing dot) is {@code nemunas.example}.
     */
    static String canonicalHost(String host) {
        String lower = host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
        int end = lower.length();
        while (end > 0 && lower.charAt(end - 1) == '.') {
            end--;
        }
        return lower.substring(0, end);
    }

    /**
     * @param host the request's host name, without the port
     * @param path the request path below the context root, starting with {@code /}
     */
    public Route resolve(String host, String path) {
        Optional<Union> hostUnion = unionByHost.apply(canonicalHost(host));
        if (path.isEmpty() || path.equals("/")) {
            return hostUnion
                    .<Route>map(union -> new Route.Redirect(UnionPage.LOGIN.path(union.id())))
                    .orElse(new Route.Forward(PICKER_VIEW, Optional.empty()));
        }
        if (path.startsWith(RESOURCE_PREFIX)) {
            return new Route.PassThrough();
        }
        for (String prefix : PASS_THROUGH_PREFIXES) {
            if (path.equals(prefix)
                    || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")
                    || path.startsWith(prefix + "?")) {
                return new Route.PassThrough();
            }
        }
        // Views are never addressed directly: anything else must start with a known union's id.
        int slash = path.indexOf('/', 1);
        String unionId = slash < 0 ? path.substring(1) : path.substring(1, slash);
        Optional<Union> union = unionById.apply(unionId);
        if (union.isEmpty() || (hostUnion.isPresent() && !hostUnion.get().id().equals(unionId))) {
            return new Route.NotFound();
        }
        if (slash < 0) {
            return new Route.Redirect(UnionPage.LOGIN.path(unionId));
        }
        String rest = path.substring(slash + 1);
        if (rest.startsWith(RESOURCE_PREFIX.substring(1))) {
            return new Route.Forward("/" + rest, union);
        }
        if (rest.equals(LOGO_SLUG)) {
            return new Route.Forward(LOGO_PATH, union);
        }
        if (UnionPage.bySlug(rest).isEmpty() && UnionPage.bySlug(rest + "/").isPresent()) {
            return new Route.Redirect("/" + unionId + "/" + rest + "/"); // /nemunas/admin → /nemunas/admin/
        }
        return UnionPage.bySlug(rest)
                .<Route>map(page -> new Route.Forward(page.viewId(), union))
                .orElse(new Route.NotFound());
    }
}
