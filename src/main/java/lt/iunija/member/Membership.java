package lt.iunija.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A person's membership of one union: their user number there, whether Smart-ID is activated for it, their
 * code card (stored as digests), and the protective flags (card locked, Smart-ID login blocked).
 */
@Entity
@NamedQuery(
        name = Membership.FIND_BY_USER_NUMBER,
        query =
                "select m from Membership m join fetch m.person where m.tenant = :tenant and m.userNumber = :userNumber")
@NamedQuery(
        name = Membership.FIND_BY_IDENTITY,
        query =
                "select m from Membership m join fetch m.person p where p.semanticsIdentifier = :identity order by m.tenant")
public class Membership {

    public static final String FIND_BY_USER_NUMBER = "Membership.findByUserNumber";
    public static final String FIND_BY_IDENTITY = "Membership.findByIdentity";

    @Id
    @SequenceGenerator(name = "iunija_seq", sequenceName = "iunija_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iunija_seq")
    private Long id;

    @Column(nullable = false, length = 32)
    private String tenant;

    @Column(name = "user_number", nullable = false, length = 32)
    private String userNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "smart_id_activated", nullable = false)
    private boolean smartIdActivated;

    @Column(name = "code_card", nullable = false, length = 2000)
    private String codeCard;

    @Column(name = "card_failures", nullable = false)
    private int cardFailures;

    @Column(name = "card_locked", nullable = false)
    private boolean cardLocked;

    /** An admin blocked Smart-ID login here: from every browser. */
    @Column(name = "smart_id_blocked", nullable = false)
    private boolean smartIdBlocked;

    /**
     * Smart-ID proved that someone else got in with the member's PIN1: logins from browsers that never logged
     * the member in here are refused until an admin decides; the member's own known browsers still work.
     */
    @Column(name = "unknown_browsers_blocked", nullable = false)
    private boolean unknownBrowsersBlocked;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** UTC. Member sessions of this membership that began before this moment are over. */
    @Column(name = "sessions_ended_at")
    private LocalDateTime sessionsEndedAt;

    @Version
    private long version;

    protected Membership() {}

    public Membership(String tenant, String userNumber, Person person, boolean smartIdActivated, CodeCard codeCard) {
        this.tenant = tenant;
        this.userNumber = userNumber;
        this.person = person;
        this.smartIdActivated = smartIdActivated;
        this.codeCard = codeCard.stored();
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getTenant() {
        return tenant;
    }

    public String getUserNumber() {
        return userNumber;
    }

    public Person getPerson() {
        return person;
    }

    public boolean isSmartIdActivated() {
        return smartIdActivated;
    }

    public CodeCard getCodeCard() {
        return CodeCard.fromStored(codeCard);
    }

    public int getCardFailures() {
        return cardFailures;
    }

    public boolean isCardLocked() {
        return cardLocked;
    }

    public boolean isSmartIdBlocked() {
        return smartIdBlocked;
    }

    public boolean isUnknownBrowsersBlocked() {
        return unknownBrowsersBlocked;
    }

    /** Whether a Smart-ID login here is refused for a browser that is (or is not) known to have logged the member in. */
    public boolean isLoginBlockedFor(boolean knownBrowser) {
        return smartIdBlocked || (unknownBrowsersBlocked && !knownBrowser);
    }

    /** After a report that Smart-ID proved (the matched attempt ended OK): see {@link #isUnknownBrowsersBlocked()}. */
    public void blockUnknownBrowsers() {
        unknownBrowsersBlocked = true;
    }

    /** The first Smart-ID login at this union was confirmed with the code card. */
    public void activateSmartId() {
        smartIdActivated = true;
        cardFailures = 0;
    }

    /** Whether a member session that began at {@code loggedInAt} (UTC) has been ended since. */
    public boolean endedSessionsSince(LocalDateTime loggedInAt) {
        return sessionsEndedAt != null && !loggedInAt.isAfter(sessionsEndedAt);
    }

    /** An admin's decision: no Smart-ID login here from any browser, and every open session ends. */
    public void blockSmartIdAndEndSessions() {
        smartIdBlocked = true;
        sessionsEndedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** An admin decided: Smart-ID login works again from every browser. */
    public void unblockSmartId() {
        smartIdBlocked = false;
        unknownBrowsersBlocked = false;
    }

    /** An admin decided that the next Smart-ID login here must be confirmed with the code card again. */
    public void requireCardAgain() {
        smartIdActivated = false;
        cardFailures = 0;
    }

    /** Whether {@code card} is the card this membership holds. */
    public boolean holdsCard(CodeCard card) {
        return codeCard.equals(card.stored());
    }

    /** The union issued a new card: the old one stops working, and the new one has every try. */
    public void replaceCard(CodeCard card) {
        codeCard = card.stored();
        cardFailures = 0;
        cardLocked = false;
    }

    /** An admin unlocked the card: the member gets the usual number of tries again. */
    public void unlockCard() {
        cardLocked = false;
        cardFailures = 0;
    }

    /**
     * Counts a wrong code-card answer; the card locks at {@code maxFailures}.
     *
     * @return whether the card is now locked
     */
    public boolean registerCardFailure(int maxFailures) {
        cardFailures++;
        if (cardFailures >= maxFailures) {
            cardLocked = true;
        }
        return cardLocked;
    }
}
