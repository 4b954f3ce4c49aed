package lt.iunija.smartid;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import lt.iunija.infrastructure.throttle.Budget;
import lt.iunija.infrastructure.throttle.Throttle;
import lt.iunija.tenant.SmartIdPurpose;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many Smart-ID prompts may be started, and by whom. Browsers that have not proven themselves share one
 * budget per person (and purpose: member and admin logins count apart) and one per client address: that is
 * what stops push bombing. A browser that once completed a login of the person has a budget of its own, so a
 * stranger who exhausts the shared one never locks the member out of their own browser.
 * <p>
 * What the budget is keyed by is what was typed: a member's identity, or for a user number that is nobody
 * the number itself, so "too many requests" looks the same for members and strangers. The counts are shared by
 * every node and kept across restarts ({@link Throttle}).
 */
@ApplicationScoped
public class StartBudgets {

    @Inject
    @ConfigProperty(name = "iunija.smart-id.throttle.identity-limit", defaultValue = "5")
    int identityLimit;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.throttle.address-limit", defaultValue = "30")
    int addressLimit;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.throttle.known-browser-limit", defaultValue = "5")
    int knownBrowserLimit;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.throttle.window-seconds", defaultValue = "600")
    int windowSeconds;

    @Inject
    Throttle throttle;

    private Budget perSubject;
    private Budget perAddress;
    private Budget perKnownBrowser;

    @PostConstruct
    void createBudgets() {
        Duration window = Duration.ofSeconds(windowSeconds);
        perSubject = new Budget("smart-id.person", identityLimit, window);
        perAddress = new Budget("smart-id.address", addressLimit, window);
        perKnownBrowser = new Budget("smart-id.known-browser", knownBrowserLimit, window);
    }

    /**
     * Whether one more start for {@code subject} may go on from this client; counts it when it may.
     *
     * @param knownBrowser whether the client's browser completed a login of this subject before
     */
    public boolean admit(SmartIdPurpose purpose, String subject, ClientInfo client, boolean knownBrowser) {
        String key = key(purpose, subject);
        if (knownBrowser) {
            return throttle.tryAcquire(
                    perKnownBrowser, client.browser().orElseThrow().digest() + "|" + key);
        }
        // Both count the start: a bomber changing address still hits the person's limit.
        boolean subjectAllowed = throttle.tryAcquire(perSubject, key);
        boolean addressAllowed = throttle.tryAcquire(perAddress, client.address());
        return subjectAllowed && addressAllowed;
    }

    /**
     * Gives back an admitted start that Smart-ID's service failed (unreachable, an error, maintenance): an outage
     * must not use up the member's own budget.
     */
    public void refund(SmartIdPurpose purpose, String subject, ClientInfo client, boolean knownBrowser) {
        String key = key(purpose, subject);
        if (knownBrowser) {
            throttle.refund(perKnownBrowser, client.browser().orElseThrow().digest() + "|" + key);
        } else {
            throttle.refund(perSubject, key);
            throttle.refund(perAddress, client.address());
        }
    }

    private static String key(SmartIdPurpose purpose, String subject) {
        return (purpose == SmartIdPurpose.ADMIN_LOGIN ? "admin|" : "member|") + subject;
    }
}
