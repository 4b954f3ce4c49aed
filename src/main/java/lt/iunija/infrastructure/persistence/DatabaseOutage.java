package lt.iunija.infrastructure.persistence;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Whether a failure means "the database cannot be reached" (stopped, restarting, network gone), as opposed to a
 * fault of ours. Such failures are told to users as "temporarily unavailable" and heal by themselves once the
 * database is back; anything else stays an error.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /** The failure in {@code failure}'s causes that shows the database is out of reach, if any. */
    public static Optional<Throwable> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isOutage(cause)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    private static boolean isOutage(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            // SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down, crashed or starting.
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        // The application server's pool could not open a connection at all.
        return failure instanceof ResourceException;
    }
}
