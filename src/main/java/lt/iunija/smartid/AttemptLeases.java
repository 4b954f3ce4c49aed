package lt.iunija.smartid;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Every 5 seconds, this node renews its lease on the Smart-ID attempts it follows. A node that dies stops
 * renewing; within {@link SmartIdAuthentications#LEASE} the node where the member's page polls takes over.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AttemptLeases {

    @Inject
    SmartIdAuthentications smartId;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void renew() {
        smartId.renewLeases();
    }
}
