package lt.iunija.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks. Every message key exists in each of them. */
public enum Language {
    LT,
    LV,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        return Arrays.stream(values())
                .filter(language -> language.code().equalsIgnoreCase(trimmed))
                .findFirst();
    }
}
