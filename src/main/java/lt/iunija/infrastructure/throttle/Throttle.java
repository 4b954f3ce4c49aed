package lt.iunija.infrastructure.throttle;

/** Counts events against {@link Budget}s. */
public interface Throttle {

    /** Counts one event for the key and says whether it is within the budget. A refused event is not counted. */
    boolean tryAcquire(Budget budget, String key);

    /** Takes back the newest counted event of the key (it turned out not to be the key's doing). */
    void refund(Budget budget, String key);
}
