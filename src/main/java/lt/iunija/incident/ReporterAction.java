package lt.iunija.incident;

/** What the reporter did with the prompt they did not start ("What did you do?"). */
public enum ReporterAction {
    /** Nothing, or refused/cancelled it in the app. */
    NOTHING,
    /** Entered PIN1: someone may have logged in as them. */
    PIN1,
    /** Entered PIN2: someone may have signed or paid as them. */
    PIN2;

    public boolean confirmedThePrompt() {
        return this != NOTHING;
    }

    /** What to do now, for someone who did this. */
    public String adviceKey() {
        return "report.advice." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "report.action." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
