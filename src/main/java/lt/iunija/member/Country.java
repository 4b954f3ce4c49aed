package lt.iunija.member;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries whose personal codes Smart-ID knows and a union may be in: each with its personal-code rule (as
 * the ETSI semantics identifier {@code PNO<country>-<code>} writes it) and its time zone.
 */
public enum Country {
    LT("Europe/Vilnius"),
    LV("Europe/Riga"),
    EE("Europe/Tallinn");

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("[0-9]{11}");
    /** Latvian codes are 6 + 5 digits, written with or without the hyphen. */
    private static final Pattern LATVIAN = Pattern.compile("([0-9]{6})-?([0-9]{5})");

    private final ZoneId zone;

    Country(String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** The country's local time: members state times in it, admins read them in it. */
    public ZoneId zone() {
        return zone;
    }

    /** The key of the country's name in the message bundles. */
    public String messageKey() {
        return "country." + name();
    }

    /**
     * The semantics identifier of a personal code of this country, or empty when the code does not follow the
     * country's rule: Lithuanian and Estonian codes are 11 digits, Latvian ones 6 + 5 digits.
     */
    public Optional<String> semanticsIdentifier(String code) {
        String trimmed = code.strip();
        if (this == LV) {
            Matcher latvian = LATVIAN.matcher(trimmed);
            return latvian.matches()
                    ? Optional.of("PNOLV-" + latvian.group(1) + "-" + latvian.group(2))
                    : Optional.empty();
        }
        return ELEVEN_DIGITS.matcher(trimmed).matches()
                ? Optional.of("PNO" + name() + "-" + trimmed)
                : Optional.empty();
    }

    /** The country of a two-letter code in any case ({@code lt}, {@code LT}). */
    public static Optional<Country> fromCode(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(country -> country.name().equals(upper))
                .findFirst();
    }
}
