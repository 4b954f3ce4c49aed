package lt.iunija.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import lt.iunija.incident.IncidentStatus;
import org.junit.jupiter.api.Test;

class WeeklyCountsTest {

    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

    @Test
    void weeksStartOnMondayAndEndWithThisWeek() {
        WeeklyCounts counts = WeeklyCounts.of(List.of(), VILNIUS, SATURDAY, 3);

        assertEquals(
                List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16)),
                counts.getWeeks());
    }

    @Test
    void reportsCountInTheirLocalWeekByStatus() {
        List<Object[]> reports = List.of(
                new Object[] {LocalDateTime.of(2026, 11, 16, 10, 0), IncidentStatus.NEW},
                new Object[] {LocalDateTime.of(2026, 11, 20, 10, 0), IncidentStatus.RESOLVED},
                // Sunday 22:30 UTC is already Monday 00:30 in Vilnius.
                new Object[] {LocalDateTime.of(2026, 11, 8, 22, 30), IncidentStatus.IN_PROGRESS},
                // Before the first week: not counted.
                new Object[] {LocalDateTime.of(2026, 10, 1, 10, 0), IncidentStatus.NEW});

        WeeklyCounts counts = WeeklyCounts.of(reports, VILNIUS, SATURDAY, 3);

        assertEquals(1, counts.count(IncidentStatus.NEW, 2));
        assertEquals(1, counts.count(IncidentStatus.RESOLVED, 2));
        assertEquals(1, counts.count(IncidentStatus.IN_PROGRESS, 1));
        assertEquals(0, counts.count(IncidentStatus.NEW, 0));
    }

    @Test
    void theChartIsAStackedBarChartWithOneDatasetPerStatus() {
        WeeklyCounts counts = WeeklyCounts.of(
                List.<Object[]>of(new Object[] {LocalDateTime.of(2026, 11, 16, 10, 0), IncidentStatus.NEW}),
                VILNIUS,
                SATURDAY,
                2);

        String json = counts.chartJson(Map.of(
                IncidentStatus.NEW,
                "New",
                IncidentStatus.IN_PROGRESS,
                "In progress",
                IncidentStatus.RESOLVED,
                "Resolved"));

        assertTrue(json.contains("\"type\":\"bar\""), json);
        assertTrue(json.contains("\"labels\":[\"2026-11-09\",\"2026-11-16\"]"), json);
        assertTrue(json.contains("{\"label\":\"New\",\"backgroundColor\":\"#c0392b\",\"data\":[0,1]}"), json);
        assertTrue(json.contains("\"stacked\":true"), json);
    }
}
