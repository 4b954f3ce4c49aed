package lt.iunija.member;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a personal code and its country into the Smart-ID semantics identifier (ETSI {@code PNO<country>-<code>}).
 * Lithuanian and Estonian codes are 11 digits; Latvian ones are 6 + 5 digits, written with or without the hyphen.
 */
public final class PersonalCodes {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("[0-9]{11}");
    private static final Pattern SEMANTICS_IDENTIFIER = Pattern.compile("PNO(LT|LV|EE)-(.+)");
    private static final Pattern LATVIAN = Pattern.compile("([0-9]{6})-?([0-9]{5})");

    private PersonalCodes() {
    }

    /**
     * What a person typed as a personal code: either a whole semantics identifier ({@code PNOLV-050405-10009})
     * or the code alone, which is then of {@code defaultCountry}.
     */
    public static Optional<String> fromTyped(String typed, String defaultCountry) {
        Matcher identifier = SEMANTICS_IDENTIFIER.matcher(typed.strip());
        return identifier.matches() ? semanticsIdentifier(identifier.group(1), identifier.group(2))
                : semanticsIdentifier(defaultCountry, typed);
    }

    public static Optional<String> semanticsIdentifier(String country, String code) {
        String trimmed = code.strip();
        return switch (country) {
            case "LT", "EE" -> ELEVEN_DIGITS.matcher(trimmed).matches()
                    ? Optional.of("PNO" + country + "-" + trimmed) : Optional.empty();
            case "LV" -> {
                var matcher = LATVIAN.matcher(trimmed);
                yield matcher.matches() ? Optional.of("PNOLV-" + matcher.group(1) + "-" + matcher.group(2)) : Optional.empty();
            }
            default -> Optional.empty();
        };
    }
}
