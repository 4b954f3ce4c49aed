package lt.iunija.incident;

/**
 * What the portal does on its own when a report arrives, by the evidence the reporter cannot fabricate:
 * <ul>
 * <li>no recorded attempt matches: nothing (a stranger's false report locks nobody out);</li>
 * <li>a matched attempt that Smart-ID did not complete (cancelled, refused, timed out, still running): seeing
 * the verification code proves nothing (whoever started the login sees it on our page), so only new prompts
 * from browsers that never logged the person in are paused; the member's own sessions and browsers go on;</li>
 * <li>a matched attempt that Smart-ID completed with OK: PIN1 was entered on the member's phone, so someone
 * else may be logged in: the sessions that this attempt opened end, the browser it logged in is forgotten, and
 * logins from browsers unknown for the member are blocked until an admin decides (with the pause as above).</li>
 * </ul>
 * What the reporter says they did only ranks the report for the admins.
 */
public final class ProtectionPolicy {

    private ProtectionPolicy() {}

    /** The evidence a report rests on. */
    public enum Evidence {
        /** No recorded attempt matches. */
        NONE,
        /** Matched attempts, none of which Smart-ID completed. */
        MATCHED,
        /** A matched attempt ended OK: Smart-ID proved that PIN1 was entered. */
        PROVEN;

        public static Evidence of(boolean matched, boolean anyCompletedOk) {
            return anyCompletedOk ? PROVEN : matched ? MATCHED : NONE;
        }
    }

    /** The automatic steps for one report, and its severity for the admins' queue. */
    public record Protection(
            boolean pauseUnknownBrowsers, boolean endProvenSessionsAndBlockUnknownBrowsers, Severity severity) {}

    public static Protection decide(Evidence evidence, ReporterAction action) {
        Severity severity = switch (evidence) {
            case PROVEN -> action == ReporterAction.PIN2 ? Severity.CRITICAL : Severity.HIGH;
            case MATCHED -> action == ReporterAction.PIN2 ? Severity.HIGH : Severity.MEDIUM;
            case NONE ->
                switch (action) {
                    case PIN2 -> Severity.HIGH;
                    case PIN1 -> Severity.MEDIUM;
                    case NOTHING -> Severity.LOW;
                };
        };
        return new Protection(evidence != Evidence.NONE, evidence == Evidence.PROVEN, severity);
    }
}
