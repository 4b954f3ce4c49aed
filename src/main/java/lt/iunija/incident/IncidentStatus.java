package lt.iunija.incident;

/** Where an incident is in its handling: NEW → IN_PROGRESS → RESOLVED. */
public enum IncidentStatus {
    NEW,
    IN_PROGRESS,
    RESOLVED;

    /** NEW → IN_PROGRESS → RESOLVED; a new report may be closed at once (a duplicate), a resolved one reopened. */
    public boolean canMoveTo(IncidentStatus next) {
        return switch (this) {
            case NEW -> next != NEW;
            case IN_PROGRESS -> next == RESOLVED;
            case RESOLVED -> next == IN_PROGRESS;
        };
    }

    public String messageKey() {
        return "admin.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
