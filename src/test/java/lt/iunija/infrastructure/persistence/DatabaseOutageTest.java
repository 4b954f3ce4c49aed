package lt.iunija.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInsideIsAnOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        Throwable failure = new EJBException(
                new PersistenceException(new RuntimeException("Exception [EclipseLink-4002]", refused)));
        assertEquals(refused, DatabaseOutage.in(failure).orElseThrow());
    }

    @Test
    void aServerShuttingDownOrAPoolThatCannotConnectIsAnOutage() {
        assertTrue(DatabaseOutage.in(new SQLException("terminating connection due to administrator command", "57P01"))
                .isPresent());
        assertTrue(DatabaseOutage.in(new SQLException("the database system is starting up", "57P03"))
                .isPresent());
        assertTrue(DatabaseOutage.in(new SQLException(
                        "Error in allocating a connection",
                        new ResourceAllocationException("Connection could not be allocated")))
                .isPresent());
        assertTrue(DatabaseOutage.in(new SQLTransientConnectionException("timeout"))
                .isPresent());
    }

    @Test
    void ourOwnFaultsAreNot() {
        assertTrue(DatabaseOutage.in(new PersistenceException(
                        new SQLIntegrityConstraintViolationException("duplicate key", "23505")))
                .isEmpty());
        assertTrue(DatabaseOutage.in(new SQLException("syntax error", "42601")).isEmpty());
        assertTrue(DatabaseOutage.in(new IllegalStateException("no cause")).isEmpty());
    }
}
