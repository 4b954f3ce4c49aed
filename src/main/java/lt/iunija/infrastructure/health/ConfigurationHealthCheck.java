package lt.iunija.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import lt.iunija.infrastructure.config.UnsafeConfiguration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the production configuration is unsafe: each problem by its key and why. */
@Readiness
@ApplicationScoped
public class ConfigurationHealthCheck implements HealthCheck {

    @Inject
    UnsafeConfiguration configuration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("configuration").status(configuration.isSafe());
        configuration.problems().forEach(problem -> response.withData(problem.key(), problem.why()));
        return response.build();
    }
}
