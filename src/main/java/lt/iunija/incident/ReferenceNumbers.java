package lt.iunija.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Locale;
import lt.iunija.infrastructure.persistence.RowCreation;

/**
 * Human-friendly incident references, numbered per union and year: {@code NEMUNAS-2026-0007}. The counter row
 * is locked for the rest of the report's transaction, so two reports never get the same number.
 */
@ApplicationScoped
public class ReferenceNumbers {

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    @Inject
    RowCreation rows;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String tenant, LocalDate today) {
        String key = tenant + ":" + today.getYear();
        IncidentCounter counter = em.find(IncidentCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            rows.createIfAbsent(IncidentCounter.class, key, () -> new IncidentCounter(key));
            counter = em.find(IncidentCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return format(tenant, today.getYear(), counter.next());
    }

    static String format(String tenant, int year, long number) {
        return String.format(Locale.ROOT, "%s-%d-%04d", tenant.toUpperCase(Locale.ROOT), year, number);
    }
}
