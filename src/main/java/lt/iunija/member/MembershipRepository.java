package lt.iunija.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Finds and stores people and memberships. Every membership query names its union, so no caller can read
 * across unions by accident.
 */
@ApplicationScoped
@Transactional // reads too: see infrastructure.persistence
public class MembershipRepository {

    @PersistenceContext(unitName = "iunija")
    EntityManager em;

    public Optional<Membership> findByUserNumber(String tenant, String userNumber) {
        return em.createNamedQuery(Membership.FIND_BY_USER_NUMBER, Membership.class)
                .setParameter("tenant", tenant)
                .setParameter("userNumber", userNumber)
                .getResultStream()
                .findFirst();
    }

    /** Every union membership of one Smart-ID identity, for "your other unions". */
    public List<Membership> findByIdentity(String semanticsIdentifier) {
        return em.createNamedQuery(Membership.FIND_BY_IDENTITY, Membership.class)
                .setParameter("identity", semanticsIdentifier)
                .getResultList();
    }

    public Optional<Membership> find(long membershipId) {
        return Optional.ofNullable(em.find(Membership.class, membershipId));
    }

    public Optional<Person> findPerson(String semanticsIdentifier) {
        return em.createNamedQuery(Person.FIND_BY_IDENTITY, Person.class)
                .setParameter("identity", semanticsIdentifier)
                .getResultStream()
                .findFirst();
    }

    public Person findOrCreatePerson(String semanticsIdentifier) {
        return findPerson(semanticsIdentifier).orElseGet(() -> {
            Person person = new Person(semanticsIdentifier);
            em.persist(person);
            return person;
        });
    }

    public void add(Membership membership) {
        em.persist(membership);
    }
}
