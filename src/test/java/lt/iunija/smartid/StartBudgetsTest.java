package lt.iunija.smartid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Optional;
import lt.iunija.infrastructure.throttle.InMemoryThrottle;
import lt.iunija.tenant.SmartIdPurpose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whose budget a Smart-ID start counts against, so that a stranger can exhaust only their own. */
class StartBudgetsTest {

    private static final String MEMBER = "PNOLT-30303039914";
    private final StartBudgets budgets = new StartBudgets();
    private final ClientInfo stranger = new ClientInfo("203.0.113.7", "curl");
    private final ClientInfo membersBrowser =
            new ClientInfo("198.51.100.20", "Firefox", Optional.of(BrowserToken.random()));

    @BeforeEach
    void limits() {
        budgets.identityLimit = 5;
        budgets.addressLimit = 30;
        budgets.knownBrowserLimit = 5;
        budgets.windowSeconds = 600;
        budgets.throttle = new InMemoryThrottle(Clock.systemUTC());
        budgets.createBudgets();
    }

    @Test
    void aStrangerWhoExhaustsThePersonsBudgetDoesNotTouchTheMembersKnownBrowser() {
        for (int start = 0; start < 20; start++) {
            budgets.admit(SmartIdPurpose.MEMBER_LOGIN, MEMBER, stranger, false);
        }
        assertFalse(
                budgets.admit(SmartIdPurpose.MEMBER_LOGIN, MEMBER, new ClientInfo("192.0.2.1", "other"), false),
                "every unknown browser shares the person's budget, whatever its address");
        assertTrue(budgets.admit(SmartIdPurpose.MEMBER_LOGIN, MEMBER, membersBrowser, true));
    }

    @Test
    void memberAndAdminLoginsOfOnePersonCountApart() {
        for (int start = 0; start < 5; start++) {
            assertTrue(budgets.admit(SmartIdPurpose.MEMBER_LOGIN, MEMBER, stranger, false));
        }
        assertFalse(budgets.admit(SmartIdPurpose.MEMBER_LOGIN, MEMBER, stranger, false));
        assertTrue(
                budgets.admit(SmartIdPurpose.ADMIN_LOGIN, MEMBER, stranger, false),
                "the admin login has its own budget");
    }

    @Test
    void aKnownBrowserHasABudgetOfItsOwnToo() {
        for (int start = 0; start < 5; start++) {
            assertTrue(budgets.admit(SmartIdPurpose.MEMBER_LOGIN, MEMBER, membersBrowser, true));
        }
        assertFalse(budgets.admit(SmartIdPurpose.MEMBER_LOGIN, MEMBER, membersBrowser, true));
    }

    @Test
    void oneAddressCannotStartForEveryone() {
        for (int start = 0; start < 30; start++) {
            assertTrue(budgets.admit(SmartIdPurpose.MEMBER_LOGIN, "nemunas/" + (100000 + start), stranger, false));
        }
        assertFalse(budgets.admit(SmartIdPurpose.MEMBER_LOGIN, "nemunas/200000", stranger, false));
    }

    @Test
    void startsThatTheSmartIdServiceFailedAreGivenBack() {
        for (int start = 0; start < 20; start++) {
            assertTrue(
                    budgets.admit(SmartIdPurpose.MEMBER_LOGIN, MEMBER, stranger, false),
                    "an outage uses up nothing: " + start);
            budgets.refund(SmartIdPurpose.MEMBER_LOGIN, MEMBER, stranger, false);
        }
    }
}
