package lt.iunija.admin;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lt.iunija.incident.Incident;
import lt.iunija.tenant.LocalTimes;

/**
 * The filtered queue as CSV (RFC 4180, UTF-8), for the union's own records. Cells that a spreadsheet would
 * run as a formula are defused, since reporters type some of them. The reporter's contact and description
 * stay in the portal.
 */
public final class IncidentCsv {

    private static final List<String> HEADER_KEYS = List.of(
            "admin.queue.reference",
            "admin.queue.reported_at",
            "admin.queue.prompt_at",
            "admin.queue.subject",
            "admin.queue.severity",
            "admin.queue.status",
            "admin.queue.matched",
            "admin.queue.action",
            "admin.queue.assignee",
            "admin.queue.resolution");

    private IncidentCsv() {}

    /** @param text turns a message key into the admin's language */
    public static String of(List<Incident> incidents, ZoneId zone, Function<String, String> text) {
        StringBuilder csv = new StringBuilder();
        csv.append(line(HEADER_KEYS.stream().map(text)));
        for (Incident incident : incidents) {
            csv.append(line(Stream.of(
                    incident.getReference(),
                    LocalTimes.format(incident.getReportedAt(), zone),
                    LocalTimes.format(incident.getPromptAt(), zone),
                    incident.getSubject(),
                    text.apply(incident.getSeverity().messageKey()),
                    text.apply(incident.getStatus().messageKey()),
                    text.apply(incident.isMatched() ? "admin.yes" : "admin.no"),
                    text.apply(incident.getReporterAction().messageKey()),
                    incident.getAssignee() == null ? "" : incident.getAssignee(),
                    incident.getResolution() == null
                            ? ""
                            : text.apply(incident.getResolution().messageKey()))));
        }
        return csv.toString();
    }

    private static String line(Stream<String> cells) {
        return cells.map(IncidentCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
