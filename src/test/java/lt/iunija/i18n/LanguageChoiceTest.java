package lt.iunija.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    private static final Optional<Language> LATVIAN_UNION = Optional.of(Language.LV);
    private static final List<Locale> ENGLISH_BROWSER = List.of(Locale.forLanguageTag("en-US"), Locale.ENGLISH);

    @Test
    void anExplicitChoiceWins() {
        assertEquals(
                Language.EN, LanguageChoice.choose(Optional.of("en"), Optional.of("lv"), List.of(), LATVIAN_UNION));
        assertEquals(Language.LT, LanguageChoice.choose(Optional.of("LT"), Optional.empty(), List.of(), LATVIAN_UNION));
    }

    @Test
    void aRememberedChoiceComesNext() {
        assertEquals(Language.EN, LanguageChoice.choose(Optional.empty(), Optional.of("en"), List.of(), LATVIAN_UNION));
    }

    @Test
    void aUnionOpensInItsOwnLanguageWhateverTheBrowserPrefers() {
        assertEquals(
                Language.LV, LanguageChoice.choose(Optional.empty(), Optional.empty(), ENGLISH_BROWSER, LATVIAN_UNION));
    }

    @Test
    void outsideAUnionTheBrowsersFirstPortalLanguageCounts() {
        assertEquals(
                Language.LV,
                LanguageChoice.choose(
                        Optional.empty(),
                        Optional.empty(),
                        List.of(Locale.GERMAN, Locale.forLanguageTag("lv-LV"), Locale.ENGLISH),
                        Optional.empty()));
        assertEquals(
                Language.EN,
                LanguageChoice.choose(Optional.empty(), Optional.empty(), List.of(Locale.GERMAN), Optional.empty()));
    }

    @Test
    void unknownCodesAreIgnored() {
        assertEquals(
                Language.LV,
                LanguageChoice.choose(Optional.of("xx"), Optional.of("de"), ENGLISH_BROWSER, LATVIAN_UNION));
    }

    @Test
    void aLanguageTheUnionDoesNotOfferFallsBackToItsDefault() {
        java.util.function.Predicate<Language> lithuanianAndEnglish = language -> language != Language.LV;
        assertEquals(
                Language.LT,
                LanguageChoice.choose(
                        Optional.of("lv"),
                        Optional.empty(),
                        List.of(),
                        Optional.of(Language.LT),
                        lithuanianAndEnglish));
        assertEquals(
                Language.LT,
                LanguageChoice.choose(
                        Optional.empty(),
                        Optional.of("lv"),
                        List.of(),
                        Optional.of(Language.LT),
                        lithuanianAndEnglish));
        assertEquals(
                Language.EN,
                LanguageChoice.choose(
                        Optional.of("lv"),
                        Optional.of("en"),
                        List.of(),
                        Optional.of(Language.LT),
                        lithuanianAndEnglish),
                "a remembered language it offers still counts");
    }
}
