package lt.iunija.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lt.iunija.incident.IncidentStatus;
import lt.iunija.tenant.LocalTimes;

/**
 * Incidents per week (weeks start on Monday, in the union's time zone) and per current status, for the
 * admins' chart and its table.
 */
public final class WeeklyCounts {

    private final List<LocalDate> weeks;
    private final Map<IncidentStatus, long[]> counts = new EnumMap<>(IncidentStatus.class);

    private WeeklyCounts(List<LocalDate> weeks) {
        this.weeks = weeks;
        for (IncidentStatus status : IncidentStatus.values()) {
            counts.put(status, new long[weeks.size()]);
        }
    }

    /** The Monday that starts the first of {@code weekCount} weeks ending with the week of {@code today}. */
    public static LocalDate firstWeek(LocalDate today, int weekCount) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weekCount - 1L);
    }

    /** @param reports pairs of report time (UTC) and current status */
    public static WeeklyCounts of(List<Object[]> reports, ZoneId zone, LocalDate today, int weekCount) {
        LocalDate first = firstWeek(today, weekCount);
        List<LocalDate> weeks = new ArrayList<>();
        for (int week = 0; week < weekCount; week++) {
            weeks.add(first.plusWeeks(week));
        }
        WeeklyCounts result = new WeeklyCounts(weeks);
        for (Object[] report : reports) {
            LocalDate day = LocalTimes.toLocal((LocalDateTime) report[0], zone).toLocalDate();
            long week = ChronoUnit.WEEKS.between(first, day);
            if (!day.isBefore(first) && week < weekCount) {
                result.counts.get((IncidentStatus) report[1])[(int) week]++;
            }
        }
        return result;
    }

    public List<LocalDate> getWeeks() {
        return weeks;
    }

    public long count(IncidentStatus status, int week) {
        return counts.get(status)[week];
    }

    /** Rows for the accessible table under the chart. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (int week = 0; week < weeks.size(); week++) {
            rows.add(new Row(
                    weeks.get(week),
                    count(IncidentStatus.NEW, week),
                    count(IncidentStatus.IN_PROGRESS, week),
                    count(IncidentStatus.RESOLVED, week)));
        }
        return rows;
    }

    public record Row(LocalDate week, long reportedNew, long inProgress, long resolved) {}

    /** A stacked bar chart configuration for Chart.js (PrimeFaces {@code p:chart}). */
    public String chartJson(Map<IncidentStatus, String> labels) {
        JsonArrayBuilder weekLabels = Json.createArrayBuilder();
        weeks.forEach(week -> weekLabels.add(week.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        Map<IncidentStatus, String> colours = Map.of(
                IncidentStatus.NEW,
                "#c0392b",
                IncidentStatus.IN_PROGRESS,
                "#e67e22",
                IncidentStatus.RESOLVED,
                "#27ae60");
        for (IncidentStatus status : IncidentStatus.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (long count : counts.get(status)) {
                data.add(count);
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", labels.get(status))
                    .add("backgroundColor", colours.get(status))
                    .add("data", data));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", weekLabels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add("x", stacked)
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true)
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}
