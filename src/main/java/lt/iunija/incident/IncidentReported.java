package lt.iunija.incident;

/** Fired inside the transaction that stores a new report; observers that must wait for its commit say so. */
public record IncidentReported(long incidentId) {}
