package lt.iunija.login;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ua_parser.CachingParser;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Names the device behind a recorded login as a member recognises it ("Chrome Mobile, Android"; "Mobile Safari,
 * iOS"), from the browser's User-Agent, with ua-parser's table of browsers and systems. A member checking their
 * recent activity knows their own browser and phone, not their IP address.
 */
@ApplicationScoped
public class Devices {

    private static final String UNKNOWN = "Other";

    private Parser parser;

    @PostConstruct
    void loadTable() {
        parser = new CachingParser();
    }

    /** The browser and the system, or empty when neither can be told from {@code userAgent}. */
    public Optional<String> name(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.empty();
        }
        Client client = parser.parse(userAgent);
        String name = Stream.of(client.userAgent.family, client.os.family)
                .filter(family -> family != null && !family.isBlank() && !UNKNOWN.equals(family))
                .collect(Collectors.joining(", "));
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
