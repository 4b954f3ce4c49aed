package lt.iunija.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import lt.iunija.tenant.Union;
import lt.iunija.tenant.UnionRegistry;
import lt.iunija.tenant.UnionSnapshot;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The tenant registry: which unions are served and which files are broken (with the reason). A broken file
 * does not make the node unready, because every other union still works; no union at all does.
 */
@Readiness
@ApplicationScoped
public class UnionsHealthCheck implements HealthCheck {

    @Inject
    UnionRegistry registry;

    @Override
    public HealthCheckResponse call() {
        UnionSnapshot snapshot = registry.snapshot();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("unions")
                .status(!snapshot.unions().isEmpty())
                // No filesystem path: /health answers anyone (a load balancer), and paths help nobody else.
                .withData(
                        "served",
                        String.join(",", registry.all().stream().map(Union::id).toList()))
                .withData("broken", snapshot.problems().size());
        for (Map.Entry<String, List<String>> problem : snapshot.problems().entrySet()) {
            response.withData("broken:" + problem.getKey(), String.join("; ", problem.getValue()));
        }
        return response.build();
    }
}
