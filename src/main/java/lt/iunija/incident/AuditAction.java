package lt.iunija.incident;

/** Every step in an incident's life, automatic or by an admin; each is one line of the audit trail. */
public enum AuditAction {
    REPORTED,
    MATCHED,
    NOT_MATCHED,
    LOGINS_MUTED,
    LOGINS_UNMUTED,
    BLOCKED_AND_SESSIONS_ENDED,
    MAIL_SENT,
    MAIL_FAILED,
    TAKEN,
    NOTE_ADDED,
    STATUS_CHANGED,
    RESOLVED,
    LOGIN_BLOCKED,
    LOGIN_UNBLOCKED,
    CARD_UNLOCKED;

    public String messageKey() {
        return "admin.audit." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
