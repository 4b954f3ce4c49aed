package lt.iunija.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Creates a row that several transactions, on any node, may want to create at the same moment (a union's first
 * reference counter of the year, a throttle's new key), in a transaction of its own that never fails for the
 * race: creators of one kind take turns on the kind's lock row (migration V7), and whoever comes second finds
 * the row made and leaves it. Letting the loser fail on the duplicate key was no answer: Payara then lost the
 * caller's transaction, suspended around the failed one.
 */
@ApplicationScoped
public class RowCreation {

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    /** Makes the row of {@code type} with {@code id} unless it exists; committed when this returns. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> void createIfAbsent(Class<T> type, Object id, Supplier<T> row) {
        if (em.find(CreationLock.class, type.getSimpleName(), LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException(
                    "No creation_lock row for " + type.getSimpleName() + " (add one in a migration)");
        }
        if (em.find(type, id) == null) {
            em.persist(row.get());
        }
    }
}
