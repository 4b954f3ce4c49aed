package lt.iunija.admin;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import lt.iunija.incident.Incident;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The queue's pages for the PrimeFaces DataTable, fetched one page at a time from {@link IncidentQueue}. */
public class IncidentLazyModel extends LazyDataModel<Incident> {

    private static final long serialVersionUID = 1L;

    private final IncidentQueue queue;
    private final String tenant;
    private final ZoneId zone;
    private final QueueFilter filter;

    public IncidentLazyModel(IncidentQueue queue, String tenant, ZoneId zone, QueueFilter filter) {
        this.queue = queue;
        this.tenant = tenant;
        this.zone = zone;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) queue.count(tenant, zone, filter);
    }

    @Override
    public List<Incident> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        String field = sort == null ? "reportedAt" : sort.getField();
        boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
        return queue.page(tenant, zone, filter, first, pageSize, field, ascending);
    }

    @Override
    public String getRowKey(Incident incident) {
        return String.valueOf(incident.getId());
    }

    @Override
    public Incident getRowData(String rowKey) {
        return null; // the table has no selection; rows link to the incident page
    }
}
