package lt.iunija.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A data source that becomes the driver's own data source for {@code iunija.db.url} (H2 or PostgreSQL),
 * with {@code iunija.db.user} and {@code iunija.db.password}. Payara's connection pool creates it and pools
 * its connections; it only chooses and configures the real one, once. Embedded H2 is opened for durable
 * commits ({@link #durable}).
 */
public class ConfiguredDataSource implements DataSource {

    private static final Map<String, String> DRIVER_DATA_SOURCES = Map.of(
            "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource",
            "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource");

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
                }
                current = delegate;
            }
        }
        return current;
    }

    static DataSource create(Config config) throws SQLException {
        String url = durable(config.getValue("iunija.db.url", String.class));
        String className = DRIVER_DATA_SOURCES.entrySet().stream()
                .filter(entry -> url.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new SQLException("iunija.db.url must be an H2 or PostgreSQL JDBC URL, not " + url));
        try {
            Class<?> type = Class.forName(className, true, ConfiguredDataSource.class.getClassLoader());
            DataSource dataSource = (DataSource) type.getConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(dataSource, url);
            type.getMethod("setUser", String.class).invoke(dataSource, config.getValue("iunija.db.user", String.class));
            type.getMethod("setPassword", String.class)
                    .invoke(
                            dataSource,
                            config.getOptionalValue("iunija.db.password", String.class)
                                    .orElse(""));
            return dataSource;
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Cannot set up " + className + " for " + url + " (is its driver installed?)", e);
        }
    }

    /**
     * The URL with embedded H2's commits written when they are made: by default H2 writes a committed
     * transaction a moment later (seen on this machine), so a report answered with its Reference just before a kill -9
     * was lost, and its Reference given again. An explicit {@code WRITE_DELAY} in the URL is the operator's.
     */
    static String durable(String url) {
        boolean embeddedH2 = url.startsWith("jdbc:h2:")
                && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
        return embeddedH2 && !url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")
                ? url + ";WRITE_DELAY=0"
                : url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
