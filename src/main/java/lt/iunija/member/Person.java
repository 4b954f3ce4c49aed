package lt.iunija.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A person as Smart-ID knows them: one semantics identifier ({@code PNOLT-...}), whatever unions they
 * belong to. Names come from the person's certificate at login.
 */
@Entity
@NamedQuery(name = Person.FIND_BY_IDENTITY, query = "select p from Person p where p.semanticsIdentifier = :identity")
public class Person {

    public static final String FIND_BY_IDENTITY = "Person.findByIdentity";

    @Id
    @SequenceGenerator(name = "iunija_seq", sequenceName = "iunija_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iunija_seq")
    private Long id;

    @Column(name = "semantics_identifier", nullable = false, unique = true, length = 40)
    private String semanticsIdentifier;

    @Column(name = "given_name", length = 100)
    private String givenName;

    @Column(length = 100)
    private String surname;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Person() {}

    public Person(String semanticsIdentifier) {
        this.semanticsIdentifier = semanticsIdentifier;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getSemanticsIdentifier() {
        return semanticsIdentifier;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getSurname() {
        return surname;
    }

    /** Given name and surname as one, or "" while no name is known yet. */
    public String fullName() {
        return (Objects.toString(givenName, "") + " " + Objects.toString(surname, "")).strip();
    }

    /** Keeps the name as the latest certificate states it. */
    public void rename(String givenName, String surname) {
        this.givenName = givenName;
        this.surname = surname;
    }
}
