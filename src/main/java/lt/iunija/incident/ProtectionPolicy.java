package lt.iunija.incident;

/**
 * What the portal does on its own when a report arrives. Only a report that matches a recorded attempt of a
 * member of the union triggers anything, so a stranger's false report cannot lock a member out:
 * a matched report mutes new Smart-ID prompts for the person everywhere; a matched report whose reporter
 * entered a PIN also blocks Smart-ID login for the membership and ends its sessions.
 */
public final class ProtectionPolicy {

    private ProtectionPolicy() {
    }

    /** The automatic steps for one report, and its severity for the admins' queue. */
    public record Protection(boolean muteInitiations, boolean blockAndEndSessions, Severity severity) {
    }

    public static Protection decide(boolean matched, ReporterAction action) {
        Severity severity = switch (action) {
            case PIN2 -> matched ? Severity.CRITICAL : Severity.HIGH;
            case PIN1 -> matched ? Severity.HIGH : Severity.MEDIUM;
            case NOTHING -> matched ? Severity.MEDIUM : Severity.LOW;
        };
        return new Protection(matched, matched && action.confirmedThePrompt(), severity);
    }
}
