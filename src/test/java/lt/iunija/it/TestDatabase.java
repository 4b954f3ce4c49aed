package lt.iunija.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The database of a test portal. By default embedded H2 in the portal's data folder, as the embedded defaults
 * run it. In the build's PostgreSQL run ({@code -Diunija.it.database=postgresql}, the failsafe execution
 * {@code postgresql}) a database of its own on the build's {@link PostgresServer}, named after the portal's
 * working folder (a cluster's nodes name the same one), with the JDBC driver added to Payara Micro as operators
 * add it ({@code --addlibs}).
 */
record TestDatabase(String name, Path h2DataDir) {

    private static final String PASSWORD = "portal-password";

    /** Whether this run's portals use PostgreSQL. */
    static boolean postgresql() {
        return "postgresql".equals(System.getProperty("iunija.it.database", "h2"));
    }

    /** The database of the portal working in {@code work}. */
    static TestDatabase of(Path work) {
        return new TestDatabase(
                work.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_"),
                work.resolve("data"));
    }

    /** A database that several nodes share (PostgreSQL runs only: embedded H2 belongs to one process). */
    static TestDatabase shared(String name) {
        if (!postgresql()) {
            throw new IllegalStateException(
                    "Nodes of a cluster share a PostgreSQL database: run with -Diunija.it.database=postgresql");
        }
        return new TestDatabase(name, null);
    }

    /** Empties it: H2 starts empty in a fresh data folder; on PostgreSQL the database and its role are made anew. */
    void reset() {
        if (postgresql()) {
            PostgresServer.get().freshDatabase(name, PASSWORD);
        }
    }

    /** The portal's configuration lines for it; H2 is the default in {@code iunija.data.dir}, {@code <work>/data}. */
    List<String> settings() {
        if (!postgresql()) {
            return List.of();
        }
        return List.of(
                "iunija.db.url=" + PostgresServer.get().jdbcUrl(name),
                "iunija.db.user=" + name,
                "iunija.db.password=" + PASSWORD);
    }

    /** Payara Micro's options for it. */
    List<String> payaraOptions() {
        return postgresql()
                ? List.of(
                        "--addlibs",
                        PortalProcess.projectDir()
                                .resolve("target/postgresql.jar")
                                .toString())
                : List.of();
    }

    /** A connection as the portal's own account, for a test to look at what the portal stored. */
    Connection connect() throws SQLException {
        return postgresql()
                ? DriverManager.getConnection(PostgresServer.get().jdbcUrl(name), name, PASSWORD)
                : DriverManager.getConnection("jdbc:h2:file:" + h2DataDir.resolve("db/iunija"), "iunija", "iunija");
    }
}
