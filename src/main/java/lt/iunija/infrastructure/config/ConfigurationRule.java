package lt.iunija.infrastructure.config;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a feature counts as unsafe in its own settings, for {@link UnsafeConfiguration}: a CDI bean of the
 * feature's package (the Smart-ID settings are the Smart-ID package's), asked only in production mode.
 */
public interface ConfigurationRule {

    /** The problems of these configuration values (empty: none). */
    List<UnsafeConfiguration.Problem> problemsOf(Function<String, Optional<String>> config);
}
