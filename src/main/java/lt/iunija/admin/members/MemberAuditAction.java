package lt.iunija.admin.members;

/** What happened to a membership by an admin's hand or an import; each is one line of its audit trail. */
public enum MemberAuditAction {
    ADDED,
    NAME_CHANGED,
    CARD_REPLACED,
    CARD_UNLOCKED,
    LOGIN_BLOCKED,
    LOGIN_UNBLOCKED,
    PAUSE_LIFTED,
    CARD_REQUIRED_AGAIN;

    public String messageKey() {
        return "admin.member.audit." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
