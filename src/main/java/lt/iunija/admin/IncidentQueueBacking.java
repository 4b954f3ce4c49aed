package lt.iunija.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lt.iunija.i18n.Texts;
import lt.iunija.incident.IncidentStatus;
import lt.iunija.incident.Severity;
import lt.iunija.routing.CurrentPage;
import lt.iunija.tenant.LocalTimes;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.primefaces.component.datatable.DataTable;

/** The incident queue of a union: filters, the lazy table, the new-report count, the weekly chart, CSV. */
@Named
@ViewScoped
public class IncidentQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHART_WEEKS = 12;
    private static final int EXPORT_LIMIT = 10_000;

    @Inject
    CurrentPage page;

    @Inject
    IncidentQueue queue;

    @Inject
    AdminGuard guard;

    private final QueueFilter filter = new QueueFilter();
    private IncidentLazyModel incidents;
    private WeeklyCounts weekly;

    @PostConstruct
    void init() {
        incidents = new IncidentLazyModel(queue, page.getUnion().id(), zone(), filter);
    }

    public QueueFilter getFilter() {
        return filter;
    }

    public IncidentLazyModel getIncidents() {
        return incidents;
    }

    public long getNewCount() {
        return queue.countNew(page.getUnion().id());
    }

    public WeeklyCounts getWeekly() {
        if (weekly == null) {
            LocalDate today = LocalDate.now(zone());
            LocalDateTime since =
                    LocalTimes.toUtc(WeeklyCounts.firstWeek(today, CHART_WEEKS).atStartOfDay(), zone());
            weekly = WeeklyCounts.of(queue.reportedSince(page.getUnion().id(), since), zone(), today, CHART_WEEKS);
        }
        return weekly;
    }

    public String getChartJson() {
        Map<IncidentStatus, String> labels = new EnumMap<>(IncidentStatus.class);
        for (IncidentStatus status : IncidentStatus.values()) {
            labels.put(status, Texts.text(Faces.getLocale(), status.messageKey()));
        }
        return getWeekly().chartJson(labels);
    }

    public List<IncidentStatus> getStatuses() {
        return List.of(IncidentStatus.values());
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    /** Applying the filters: the table goes back to its first page. */
    public void applyFilter() {
        // The lazy model reads the filter on its next load; the table starts again from its first page.
        UIComponent table = Components.findComponent("queue:incidents");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /**
     * The filtered queue as a CSV download; only for this union's admins. The web descriptor gives ".csv" its
     * type with UTF-8, and the byte order mark makes spreadsheets read it so.
     */
    public void exportCsv() {
        if (!guard.isAdmin()) {
            Faces.responseSendError(403, null);
            return;
        }
        String csv = IncidentCsv.of(
                queue.page(page.getUnion().id(), zone(), filter, 0, EXPORT_LIMIT, "reportedAt", false),
                zone(),
                key -> Texts.text(Faces.getLocale(), key));
        Faces.sendFile(
                ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8),
                "incidents-" + page.getUnion().id() + "-" + LocalDate.now(zone()) + ".csv",
                true);
    }

    private ZoneId zone() {
        return page.getUnion().zone();
    }
}
