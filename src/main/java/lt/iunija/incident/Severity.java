package lt.iunija.incident;

/** How urgently admins should look at a report; decided by {@link ProtectionPolicy}. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public String messageKey() {
        return "admin.severity." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
