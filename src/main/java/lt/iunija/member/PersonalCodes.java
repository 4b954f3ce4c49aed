package lt.iunija.member;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what a person typed as a personal code into the Smart-ID semantics identifier (ETSI {@code PNO<country>-<code>}). */
public final class PersonalCodes {

    private static final Pattern SEMANTICS_IDENTIFIER = Pattern.compile("PNO([A-Z]{2})-(.+)");

    private PersonalCodes() {}

    /**
     * What a person typed as a personal code: either a whole semantics identifier ({@code PNOLV-050405-10009})
     * or the code alone, which is then of {@code defaultCountry}.
     */
    public static Optional<String> fromTyped(String typed, Country defaultCountry) {
        Matcher identifier = SEMANTICS_IDENTIFIER.matcher(typed.strip());
        if (identifier.matches()) {
            return Country.fromCode(identifier.group(1))
                    .flatMap(country -> country.semanticsIdentifier(identifier.group(2)));
        }
        return defaultCountry.semanticsIdentifier(typed);
    }
}
