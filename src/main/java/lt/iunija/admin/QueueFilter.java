package lt.iunija.admin;

import java.io.Serializable;
import java.time.LocalDate;
import lt.iunija.incident.IncidentStatus;
import lt.iunija.incident.Severity;

/** The admin's filters over the incident queue; empty fields do not filter. Dates are the union's local days. */
public class QueueFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private IncidentStatus status;
    private Severity severity;
    private LocalDate from;
    private LocalDate to;
    /** Matched with a recorded attempt (true), not matched (false), or either (null). */
    private Boolean matched;

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Boolean getMatched() {
        return matched;
    }

    public void setMatched(Boolean matched) {
        this.matched = matched;
    }
}
