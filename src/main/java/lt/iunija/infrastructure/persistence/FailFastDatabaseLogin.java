package lt.iunija.infrastructure.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a read that failed for want of a connection three times, five seconds apart: while the
 * database is down every page then holds its request thread for 15 seconds before it can say "temporarily
 * unavailable". The pool already validates each connection it hands out (see {@link PortalDataSource}), so one
 * immediate retry on a fresh connection is all a dropped connection needs. Named in persistence.xml.
 */
public class FailFastDatabaseLogin implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
