package lt.iunija.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one database, defined by the application so that the same WAR runs with nothing configured
 * (H2 in the data directory) and in production (PostgreSQL). The pool's data source is
 * {@link ConfiguredDataSource}, which reads the {@code iunija.db.*} keys through MicroProfile Config: Payara's
 * own {@code ${MPCONFIG=...}} substitution runs before the application's default values are visible.
 * <p>
 * Connections heal after the database restarts: a pooled connection is checked ({@code Connection.isValid}) each
 * time it is handed out, and when one has gone bad every pooled connection is dropped at once, so after a
 * PostgreSQL restart the next request opens fresh connections instead of failing on each stale one ("This
 * connection has been closed."). While the database is down, connections fail quickly and readiness says so.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "lt.iunija.infrastructure.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // A request waits at most this long for a connection, then fails (a page says "temporarily unavailable").
            "fish.payara.max-wait-time-in-millis=10000"
        })
@ApplicationScoped
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/iunija";
}
