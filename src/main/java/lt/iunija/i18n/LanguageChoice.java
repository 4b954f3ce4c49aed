package lt.iunija.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the language of a page: an explicit {@code ?lang=} choice, then the remembered choice, then the
 * browser's preferred languages that the union offers, then the union's default. Without a union (the
 * picker, a 404) every portal language counts as offered and English is the default.
 */
public final class LanguageChoice {

    private LanguageChoice() {
    }

    /**
     * @param requested       the {@code lang} request parameter, if any
     * @param remembered      the language cookie, if any
     * @param browserLocales  the browser's Accept-Language, most preferred first
     * @param offered         the languages the union offers (all languages when there is no union)
     * @param defaultLanguage the union's default language (English when there is no union)
     */
    public static Language choose(Optional<String> requested, Optional<String> remembered, List<Locale> browserLocales,
                                  List<Language> offered, Language defaultLanguage) {
        Optional<Language> explicit = requested.flatMap(Language::fromCode).or(() -> remembered.flatMap(Language::fromCode));
        if (explicit.isPresent()) {
            return explicit.get();
        }
        return browserLocales.stream()
                .map(locale -> Language.fromCode(locale.getLanguage()))
                .flatMap(Optional::stream)
                .filter(offered::contains)
                .findFirst()
                .orElse(defaultLanguage);
    }
}
