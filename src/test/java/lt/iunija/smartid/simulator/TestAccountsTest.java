package lt.iunija.smartid.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TestAccountsTest {

    @Test
    void theBundledTableIsSksTableFromShared() throws Exception {
        Path shared = Path.of("../shared/smart-id-test-accounts.csv");
        Assumptions.assumeTrue(Files.exists(shared), "shared/ is beside the checkout on developer machines and CI");
        try (var bundled = TestAccounts.class.getResourceAsStream(TestAccounts.RESOURCE)) {
            assertEquals(Files.readString(shared), new String(bundled.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
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
        assertEquals("TIMEOUT", accounts.byDocument("PNOLV-030403-10083-MOCK-Q").orElseThrow().endResult());
        assertTrue(accounts.all().stream().allMatch(account -> account.documentNumber().startsWith(account.semanticsIdentifier())));
    }
}
