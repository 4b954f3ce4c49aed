package lt.iunija.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.iunija.i18n.Language;
import lt.iunija.member.Country;
import lt.iunija.tenant.Union;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteResolverTest {

    private static Union union(String id, String... hosts) {
        return new Union(
                id,
                Map.of(Language.LT, id),
                id,
                Country.LT,
                List.of(Language.LT, Language.EN),
                Language.LT,
                new Union.Contacts("1", "a@b.lt", "x"),
                "i@b.lt",
                Set.of(),
                Set.of(hosts),
                "#000000",
                Optional.empty());
    }

    private final Map<String, Union> unions = Map.of(
            "nemunas", union("nemunas", "nemunas.example"),
            "baltija", union("baltija"));

    private final RouteResolver resolver = new RouteResolver(
            id -> Optional.ofNullable(unions.get(id)),
            host -> unions.values().stream()
                    .filter(union -> union.hosts().contains(host))
                    .findFirst());

    private Route.Forward forward(String host, String path) {
        return assertInstanceOf(Route.Forward.class, resolver.resolve(host, path));
    }

    @Test
    void theRootIsTheUnionPicker() {
        Route.Forward route = forward("localhost", "/");
        assertEquals(RouteResolver.PICKER_VIEW, route.internalPath());
        assertEquals(Optional.empty(), route.union());
    }

    @Test
    void aUnionsPagesAreItsViews() {
        assertEquals("/union/login.xhtml", forward("localhost", "/nemunas/").internalPath());
        assertEquals(
                "/union/smart-id.xhtml",
                forward("localhost", "/baltija/smart-id").internalPath());
        assertEquals(
                "baltija",
                forward("localhost", "/baltija/smart-id").union().orElseThrow().id());
    }

    @Test
    void resourcesKeepTheUnion() {
        Route.Forward route = forward("localhost", "/nemunas/jakarta.faces.resource/core.js.xhtml");
        assertEquals("/jakarta.faces.resource/core.js.xhtml", route.internalPath());
        assertEquals("nemunas", route.union().orElseThrow().id());
    }

    @Test
    void aUnionWithoutTheSlashIsRedirected() {
        assertEquals(new Route.Redirect("/nemunas/"), resolver.resolve("localhost", "/nemunas"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/no-such-union/",
                "/no-such-union",
                "/nemunas/no-such-page",
                "/union/login.xhtml",
                "/picker.xhtml",
                "/WEB-INF/web.xml",
                "/nemunas/../baltija/"
            })
    void everythingElseIsNotFound(String path) {
        assertInstanceOf(Route.NotFound.class, resolver.resolve("localhost", path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/health",
                "/health/ready",
                "/metrics",
                "/smart-id-rp/v2/session/x",
                "/smart-id-simulator/",
                "/smart-id-simulator/ca.pem",
                "/jakarta.faces.resource/theme.css.xhtml"
            })
    void infrastructurePathsPassThrough(String path) {
        assertInstanceOf(Route.PassThrough.class, resolver.resolve("localhost", path));
    }

    @Test
    void aUnionsHostServesOnlyThatUnion() {
        assertEquals(new Route.Redirect("/nemunas/"), resolver.resolve("nemunas.example", "/"));
        assertEquals(
                "nemunas",
                forward("nemunas.example", "/nemunas/").union().orElseThrow().id());
        assertInstanceOf(Route.NotFound.class, resolver.resolve("nemunas.example", "/baltija/"));
    }

    @Test
    void aHostNameIsComparedAsDnsComparesIt() {
        // "nemunas.example." is the same host as "nemunas.example": it must not escape the host's rule.
        assertInstanceOf(Route.NotFound.class, resolver.resolve("nemunas.example.", "/baltija/"));
        assertInstanceOf(Route.NotFound.class, resolver.resolve("NEMUNAS.Example..", "/baltija/"));
        assertEquals(new Route.Redirect("/nemunas/"), resolver.resolve("Nemunas.Example.", "/"));
        assertEquals("nemunas.example", RouteResolver.canonicalHost("NeMunas.EXAMPLE."));
    }
}
