package lt.iunija.incident;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What an audit line records besides its action, typed by that action: how the reporter said they answered, the
 * new status, the resolution, how many attempts matched, until when new logins are paused (UTC), or a text (a note,
 * the admin who took the incident, why an e-mail failed). Stored as one text column and read back by the action
 * that wrote it.
 */
public sealed interface AuditDetail {

    /** The form the detail column keeps. */
    String stored();

    record Reported(ReporterAction action) implements AuditDetail {
        @Override
        public String stored() {
            return action.name();
        }
    }

    record StatusChanged(IncidentStatus status) implements AuditDetail {
        @Override
        public String stored() {
            return status.name();
        }
    }

    record Resolved(Resolution resolution) implements AuditDetail {
        @Override
        public String stored() {
            return resolution.name();
        }
    }

    record Matched(int attempts) implements AuditDetail {
        @Override
        public String stored() {
            return String.valueOf(attempts);
        }
    }

    /** New logins from unknown browsers are paused until this time (UTC, like every stored time). */
    record PausedUntil(LocalDateTime utc) implements AuditDetail {
        @Override
        public String stored() {
            return utc.toString();
        }
    }

    record Text(String text) implements AuditDetail {
        @Override
        public String stored() {
            return text;
        }
    }

    /** The detail an audit line of {@code action} stored, or empty when it stored none. */
    static Optional<AuditDetail> read(AuditAction action, String stored) {
        if (stored == null || stored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                switch (action) {
                    case REPORTED -> new Reported(ReporterAction.valueOf(stored));
                    case STATUS_CHANGED -> new StatusChanged(IncidentStatus.valueOf(stored));
                    case RESOLVED -> new Resolved(Resolution.valueOf(stored));
                    case MATCHED -> new Matched(Integer.parseInt(stored));
                    case LOGINS_MUTED -> new PausedUntil(LocalDateTime.parse(stored));
                    default -> new Text(stored);
                });
    }
}
