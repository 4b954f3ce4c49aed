package lt.iunija.infrastructure.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What makes a production configuration unsafe to serve: a demo or placeholder card secret, a placeholder
 * password, and what the features' {@link ConfigurationRule}s find (the Smart-ID settings: no environment, the
 * simulator, a plain-HTTP address, SK's demo relying party against the live service, no trust anchors). Each problem names its key and why. In production mode the portal
 * then answers readiness 503 with the list and union pages 503 ("temporarily unavailable"), never a
 * half-working login; the log says it once at SEVERE. Demo mode has no such problems by definition.
 */
@ApplicationScoped
public class UnsafeConfiguration {

    private static final Logger LOG = Logger.getLogger(UnsafeConfiguration.class.getName());
    static final String DEMO_CARD_SECRET = "demo-only-card-secret";
    private static final int MIN_SECRET_LENGTH = 32;

    /** One reason not to serve. */
    public record Problem(String key, String why) {}

    /** The features' own rules (the Smart-ID settings'). */
    @Inject
    @Any
    Instance<ConfigurationRule> rules;

    private List<Problem> problems;

    @PostConstruct
    void check() {
        // By this class's loader, not the thread's: the readiness probe of Payara's health endpoint may be the
        // first to ask, on a thread whose configuration lacks the application's microprofile-config.properties.
        Config config = ConfigProvider.getConfig(UnsafeConfiguration.class.getClassLoader());
        problems = List.copyOf(problemsOf(key -> config.getOptionalValue(key, String.class), rules));
    }

    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        problems.forEach(problem -> LOG.severe(() -> "Unsafe production configuration, union pages are not served: "
                + problem.key() + ": " + problem.why()));
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean isSafe() {
        return problems.isEmpty();
    }

    /** The rules, on any source of configuration values. */
    static List<Problem> problemsOf(Function<String, Optional<String>> config, Iterable<ConfigurationRule> rules) {
        List<Problem> found = new ArrayList<>();
        boolean production = !"demo"
                .equalsIgnoreCase(
                        config.apply("iunija.mode").orElse("production").strip());
        if (!production) {
            return found;
        }
        String secret = config.apply("iunija.card.secret").orElse("").strip();
        if (secret.isEmpty() || secret.equals(DEMO_CARD_SECRET) || isPlaceholder(secret)) {
            found.add(new Problem(
                    "iunija.card.secret",
                    "unset, the demo value or a placeholder; set a long random secret " + "(openssl rand -base64 48)"));
        } else if (secret.length() < MIN_SECRET_LENGTH) {
            found.add(new Problem("iunija.card.secret", "shorter than " + MIN_SECRET_LENGTH + " characters"));
        }
        for (ConfigurationRule rule : rules) {
            found.addAll(rule.problemsOf(config));
        }
        if (isPlaceholder(config.apply("iunija.db.password").orElse(""))) {
            found.add(new Problem("iunija.db.password", "a placeholder"));
        }
        return found;
    }

    /** Whether an operator left an example's placeholder in ("CHANGE-ME", "<…>"). */
    public static boolean isPlaceholder(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return upper.contains("CHANGE-ME") || upper.contains("CHANGEME") || upper.contains("<");
    }
}
