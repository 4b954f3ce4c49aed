package lt.iunija.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Picks the language of a page: an explicit {@code ?lang=} choice, then the remembered choice, then the
 * union's own language. Only outside a union (the picker, a 404) does the browser's preference count, with
 * English last. A union's pages open in its default language even in a browser set to English, because that
 * is what its members expect; English is one click away and then remembered.
 */
public final class LanguageChoice {

    private LanguageChoice() {}

    /**
     * @param requested       the {@code lang} request parameter, if any
     * @param remembered      the language cookie, if any
     * @param browserLocales  the browser's Accept-Language, most preferred first
     * @param unionLanguage   the union's default language, or empty outside a union
     */
    public static Language choose(
            Optional<String> requested,
            Optional<String> remembered,
            List<Locale> browserLocales,
            Optional<Language> unionLanguage) {
        return choose(requested, remembered, browserLocales, unionLanguage, language -> true);
    }

    /**
     * The same, where a union offers only some languages ({@code offered}): a choice it does not offer falls back
     * to its default language (a Latvian link to a union that speaks only Lithuanian and English).
     */
    public static Language choose(
            Optional<String> requested,
            Optional<String> remembered,
            List<Locale> browserLocales,
            Optional<Language> unionLanguage,
            Predicate<Language> offered) {
        Optional<Language> explicit = requested
                .flatMap(Language::fromCode)
                .filter(offered)
                .or(() -> remembered.flatMap(Language::fromCode).filter(offered));
        if (explicit.isPresent()) {
            return explicit.get();
        }
        if (unionLanguage.isPresent()) {
            return unionLanguage.get();
        }
        return browserLocales.stream()
                .map(locale -> Language.fromCode(locale.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Language.EN);
    }
}
