package lt.iunija.login;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import lt.iunija.infrastructure.web.PartialRendering;
import lt.iunija.member.Membership;
import lt.iunija.member.MembershipRepository;
import lt.iunija.routing.CurrentPage;
import lt.iunija.routing.UnionPage;
import lt.iunija.smartid.AttemptRecords;
import lt.iunija.smartid.AttemptState;
import lt.iunija.smartid.AuthenticationOutcome;
import lt.iunija.smartid.SmartIdAttempt;
import lt.iunija.smartid.SmartIdAuthentications;
import lt.iunija.smartid.SmartIdWait;
import lt.iunija.smartid.web.RequestClient;
import lt.iunija.tenant.Union;
import lt.iunija.tenant.UnionRegistry;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The member's home at a union: who is logged in, their recent Smart-ID activity here (to spot what they did
 * not do), and their other unions. Only a session of this union sees it; any other goes back to the login.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ACTIVITY_DAYS = 30;

    @Inject
    CurrentPage page;

    @Inject
    MemberSession session;

    @Inject
    AttemptRecords attempts;

    @Inject
    MembershipRepository memberships;

    @Inject
    UnionRegistry unions;

    @Inject
    LoginService logins;

    @Inject
    LoginEntry entry;

    @Inject
    SmartIdAuthentications smartId;

    @Inject
    IdleTimeout idleTimeout;

    @Inject
    Devices devices;

    private final SmartIdWait wait = new SmartIdWait();
    private List<String> otherUnions;
    /** The union being switched to while its Smart-ID confirmation is pending. */
    private String switchingTo;

    /** View action: runs before anything is rendered. */
    public void requireMemberOfThisUnion() {
        if (!session.isLoggedInAt(page.getUnion().id())) {
            Faces.redirect(page.url(UnionPage.LOGIN));
            return;
        }
        if (!logins.sessionStillValid(session.member())) {
            // Ended by an incident report or an admin: the session is over, whatever the browser holds.
            endSession();
            Messages.addFlashGlobalWarn(
                    "home.session_ended",
                    page.getUnion().contacts().phone(),
                    page.getUnion().contacts().email());
            Faces.redirect(page.url(UnionPage.LOGIN));
        }
    }

    public String getName() {
        return session.member().name();
    }

    public List<SmartIdAttempt> getRecentActivity() {
        return attempts
                .recentOf(
                        session.member().semanticsIdentifier(),
                        LocalDateTime.now(ZoneOffset.UTC).minusDays(ACTIVITY_DAYS))
                .stream()
                .filter(attempt -> attempt.getTenant().equals(page.getUnion().id()))
                .limit(20)
                .toList();
    }

    /** "Not you? Report it" next to an attempt: the report form, prefilled with the attempt's time here. */
    /** The browser and system of an attempt ("Chrome Mobile, Android"), or null when they cannot be told. */
    public String deviceOf(SmartIdAttempt attempt) {
        return devices.name(attempt.getUserAgent()).orElse(null);
    }

    public String reportUrl(SmartIdAttempt attempt) {
        ZoneId zone = page.getUnion().zone();
        LocalDateTime local = attempt.getStartedAt()
                .atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(zone)
                .toLocalDateTime();
        return page.url(UnionPage.REPORT) + "?at=" + local.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The person's other unions that this portal serves (read once per view: the switch panel polls). */
    public List<Union> getOtherUnions() {
        if (otherUnions == null) {
            otherUnions = memberships.findByIdentity(session.member().semanticsIdentifier()).stream()
                    .map(Membership::getTenant)
                    .filter(tenant -> !tenant.equals(page.getUnion().id()))
                    .toList();
        }
        return otherUnions.stream().map(unions::find).flatMap(Optional::stream).toList();
    }

    /** "Your other unions": starts Smart-ID for the chosen union straight away. */
    public void switchTo(String unionId) {
        Optional<Union> target = unions.find(unionId)
                .filter(union -> !union.id().equals(page.getUnion().id()));
        if (target.isEmpty() || !session.isLoggedInAt(page.getUnion().id())) {
            return;
        }
        Optional<AttemptState> started =
                logins.startSwitch(target.get(), session.member().semanticsIdentifier(), RequestClient.info());
        if (started.isEmpty()) {
            Messages.addGlobalError(
                    "home.switch.not_member",
                    target.get().contacts().phone(),
                    target.get().contacts().email());
            return;
        }
        AttemptState state = started.get();
        if (!state.isRunning()) {
            Messages.addGlobalError(state.outcome().orElseThrow().messageKey());
            return;
        }
        switchingTo = target.get().id();
        wait.begin(state);
    }

    /** Polled while the switch waits for the Smart-ID app. */
    public void check() {
        // OK: "logging in" now, the other union with the page's next request
        if (!wait.poll(smartId, this::finishSwitch)) {
            PartialRendering.nothingChanged();
        }
    }

    /** Right after Smart-ID confirmed: the other union's home (or its code card step), or why not. */
    public void complete() {
        wait.takeConfirmed().ifPresent(this::finishSwitch);
    }

    private void finishSwitch(AttemptState finished) {
        Optional<Union> target = unions.find(switchingTo);
        switchingTo = null;
        Optional<String> shown = target.isEmpty()
                ? Optional.of(AuthenticationOutcome.TIMEOUT.messageKey())
                : entry.complete(target.get(), finished);
        shown.ifPresent(key -> Messages.addGlobalError(
                key,
                target.map(union -> union.contacts().phone()).orElse(""),
                target.map(union -> union.contacts().email()).orElse("")));
    }

    public void cancel() {
        if (wait.cancel(smartId)) {
            switchingTo = null;
        }
    }

    public SmartIdWait getWait() {
        return wait;
    }

    /** The union being switched to, for the code panel's heading. */
    public String getSwitchingToName() {
        return switchingTo == null
                ? null
                : unions.find(switchingTo).map(page::nameOf).orElse(null);
    }

    /** When the idle warning shows: a minute (configurable) before the session ends. */
    public long getWarnAfterMillis() {
        return idleTimeout.warnAfterMillis();
    }

    public long getIdleMillis() {
        return idleTimeout.idleMillis();
    }

    /** "Stay logged in": this request itself renews the session; nothing else to do. */
    public void stayLoggedIn() {
        Messages.addGlobalInfo("home.idle.stayed");
    }

    /** Nothing happened for the whole idle time: the session ends here, not only on the server's clock. */
    public void idleLogOut() {
        endSession();
        Messages.addFlashGlobalInfo("home.idle.ended");
        Faces.redirect(page.url(UnionPage.LOGIN));
    }

    public void logOut() {
        endSession();
        Faces.redirect(page.url(UnionPage.LOGIN));
    }

    private void endSession() {
        session.logOut();
        Faces.invalidateSession();
    }
}
