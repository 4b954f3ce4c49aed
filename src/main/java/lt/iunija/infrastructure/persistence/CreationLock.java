package lt.iunija.infrastructure.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The lock row of one kind of row that {@link RowCreation} creates one transaction at a time. */
@Entity
@Table(name = "creation_lock")
class CreationLock {

    @Id
    private String kind;

    protected CreationLock() {}
}
