package lt.iunija.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last reference number given out by one union in one year. */
@Entity
@Table(name = "incident_counter")
public class IncidentCounter {

    /** {@code <union>:<year>}. */
    @Id
    @Column(name = "counter_key", length = 40)
    private String key;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected IncidentCounter() {}

    IncidentCounter(String key) {
        this.key = key;
    }

    long next() {
        return ++lastNumber;
    }
}
