package lt.iunija.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.iunija.smartid.SmartIdConfigurationRule;
import org.junit.jupiter.api.Test;

class UnsafeConfigurationTest {

    private static final String GOOD_SECRET = "p5Yb1nR0cJ8cM2v3q9wZ7kT4xL6sD0aF1gH2jK3lQ4=";

    private static List<String> problemKeys(Map<String, String> values) {
        // With the Smart-ID package's rule, as the portal assembles them.
        return UnsafeConfiguration.problemsOf(
                        key -> Optional.ofNullable(values.get(key)), List.of(new SmartIdConfigurationRule()))
                .stream()
                .map(UnsafeConfiguration.Problem::key)
                .toList();
    }

    private static Map<String, String> live() {
        Map<String, String> values = new HashMap<>();
        values.put("iunija.mode", "production");
        values.put("iunija.card.secret", GOOD_SECRET);
        values.put("iunija.smart-id.environment", "sk-live");
        values.put("iunija.smart-id.relying-party-uuid", "6f1c9a42-6a3b-4c55-9a1e-2b7d3e4f5a60");
        values.put("iunija.smart-id.relying-party-name", "i-Unija");
        values.put("iunija.db.password", "s3cret-from-the-vault");
        return values;
    }

    @Test
    void threeSmartIdLinesAndASecretMakeASafeLiveConfiguration() {
        assertEquals(List.of(), problemKeys(live()));
    }

    @Test
    void demoModeIsNeverAProblem() {
        assertEquals(
                List.of(), problemKeys(Map.of("iunija.mode", "demo", "iunija.card.secret", "demo-only-card-secret")));
    }

    @Test
    void everyUnsafeSettingIsNamed() {
        Map<String, String> values = new HashMap<>(Map.of(
                "iunija.mode", "production", "iunija.card.secret", "CHANGE-ME", "iunija.db.password", "CHANGE-ME"));
        assertEquals(
                List.of("iunija.card.secret", "iunija.smart-id.environment", "iunija.db.password"),
                problemKeys(values));

        values.put("iunija.card.secret", UnsafeConfiguration.DEMO_CARD_SECRET);
        values.put("iunija.smart-id.environment", "simulator");
        assertTrue(problemKeys(values).containsAll(List.of("iunija.card.secret", "iunija.smart-id.environment")));
    }

    @Test
    void liveSmartIdNeedsItsOwnRelyingPartyAndHttps() {
        Map<String, String> values = live();
        values.put("iunija.smart-id.relying-party-uuid", "00000000-0000-0000-0000-000000000000");
        values.put("iunija.smart-id.host-url", "http://rp-api.smart-id.com/v2/");
        assertEquals(List.of("iunija.smart-id.host-url", "iunija.smart-id.relying-party-uuid"), problemKeys(values));
    }

    @Test
    void skDemoNeedsItsTestCasAsFiles() {
        Map<String, String> values = live();
        values.put("iunija.smart-id.environment", "sk-demo");
        assertEquals(List.of("iunija.smart-id.trusted-ca-files"), problemKeys(values));
        values.put("iunija.smart-id.trusted-ca-files", "/etc/iunija/sk-demo-ca.pem");
        assertEquals(List.of(), problemKeys(values));
    }

    @Test
    void aShortSecretIsRefused() {
        Map<String, String> values = live();
        values.put("iunija.card.secret", "short");
        assertEquals(List.of("iunija.card.secret"), problemKeys(values));
    }
}
