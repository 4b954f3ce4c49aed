package lt.iunija.incident;

import java.util.Optional;

/**
 * Whom a report is about, as far as the portal knows: a membership at the reporting union and its Smart-ID
 * identity, or nobody it can name (the report is still kept and queued).
 */
public record ReportSubject(Optional<Long> membershipId, Optional<String> semanticsIdentifier) {

    public static final ReportSubject UNKNOWN = new ReportSubject(Optional.empty(), Optional.empty());
}
