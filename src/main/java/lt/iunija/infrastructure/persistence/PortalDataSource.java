package lt.iunija.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one database, defined by the application so that the same WAR runs with nothing configured
 * (H2 in the data directory) and in production (PostgreSQL). The pool's data source is
 * {@link ConfiguredDataSource}, which reads the {@code iunija.db.*} keys through MicroProfile Config: Payara's
 * own {@code ${MPCONFIG=...}} substitution runs before the application's default values are visible.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "lt.iunija.infrastructure.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/iunija";
}
