package lt.iunija.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestAccountsTest {

    /**
     * The simulator's table is SK's published table of demo test accounts, unchanged. The published table is
     * kept as a test resource (a copy of the team's shared file), so this runs in every checkout.
     */
    @Test
    void theBundledTableIsSksPublishedTable() throws Exception {
        try (var published = TestAccountsTest.class.getResourceAsStream("/smartid/sk-published-test-accounts.csv");
                var bundled = TestAccounts.class.getResourceAsStream(TestAccounts.RESOURCE)) {
            assertEquals(
                    new String(published.readAllBytes(), StandardCharsets.UTF_8),
                    new String(bundled.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyAccountIsReadWithItsLevelAndEndResult() {
        TestAccounts accounts = TestAccounts.bundled();

        assertEquals(45, accounts.all().size());
        TestAccount basic = accounts.byIdentity("PNOLT-40504049999").orElseThrow();
        assertEquals("ADVANCED", basic.certificateLevel());
        assertEquals("LT", basic.country());
        assertEquals("40504049999", basic.identityCode());
        assertEquals(
                "TIMEOUT",
                accounts.byDocument("PNOLV-030403-10083-MOCK-Q").orElseThrow().endResult());
        assertTrue(accounts.all().stream()
                .allMatch(account -> account.documentNumber().startsWith(account.semanticsIdentifier())));
    }
}
