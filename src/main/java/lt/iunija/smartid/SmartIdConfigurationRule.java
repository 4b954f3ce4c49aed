package lt.iunija.smartid;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import lt.iunija.infrastructure.config.ConfigurationRule;
import lt.iunija.infrastructure.config.UnsafeConfiguration;
import lt.iunija.infrastructure.config.UnsafeConfiguration.Problem;

/**
 * What makes the Smart-ID settings unsafe in production: no environment, the simulator, a plain-HTTP address,
 * SK's demo relying party against the live service, no trust anchors for a test environment.
 */
@ApplicationScoped
public class SmartIdConfigurationRule implements ConfigurationRule {

    @Override
    public List<Problem> problemsOf(Function<String, Optional<String>> config) {
        List<Problem> found = new ArrayList<>();
        Optional<String> named =
                config.apply("iunija.smart-id.environment").map(String::strip).filter(value -> !value.isEmpty());
        Optional<SmartIdEnvironment> environment = named.flatMap(SmartIdEnvironment::fromConfig);
        if (named.isEmpty()) {
            found.add(new Problem(
                    "iunija.smart-id.environment", "unset; production uses sk-live (or sk-demo for a trial)"));
        } else if (environment.isEmpty()) {
            found.add(new Problem(
                    "iunija.smart-id.environment", "'" + named.get() + "' is not simulator, sk-demo or sk-live"));
        } else if (environment.get() == SmartIdEnvironment.SIMULATOR) {
            found.add(new Problem(
                    "iunija.smart-id.environment", "the simulator approves anyone's login; never in production"));
        }
        Optional<String> hostUrl = config.apply("iunija.smart-id.host-url")
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .or(() -> environment.flatMap(SmartIdEnvironment::hostUrl));
        if (hostUrl.isPresent() && !hostUrl.get().toLowerCase(Locale.ROOT).startsWith("https://")) {
            found.add(new Problem("iunija.smart-id.host-url", "not an https:// address"));
        }
        boolean caFiles = config.apply("iunija.smart-id.trusted-ca-files")
                .filter(value -> !value.isBlank())
                .isPresent();
        if (environment.filter(env -> env != SmartIdEnvironment.SIMULATOR).isPresent()
                && !caFiles
                && environment.get() != SmartIdEnvironment.SK_LIVE) {
            found.add(new Problem(
                    "iunija.smart-id.trusted-ca-files",
                    "no trusted CA for Smart-ID certificates; give SK's "
                            + "demo CA certificates as files (sk-live uses the ones smart-id-java-client ships)"));
        }
        String uuid =
                config.apply("iunija.smart-id.relying-party-uuid").orElse("").strip();
        if (environment.filter(env -> env == SmartIdEnvironment.SK_LIVE).isPresent()
                && (uuid.isEmpty()
                        || uuid.equals(SmartIdEnvironment.DEMO_RELYING_PARTY_UUID)
                        || UnsafeConfiguration.isPlaceholder(uuid))) {
            found.add(new Problem(
                    "iunija.smart-id.relying-party-uuid", "SK's demo relying party; set the UUID SK gave you"));
        }
        return found;
    }
}
