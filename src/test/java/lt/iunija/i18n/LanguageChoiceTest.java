package lt.iunija.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    private static final List<Language> LATVIAN_UNION = List.of(Language.LV, Language.EN);

    @Test
    void anExplicitChoiceWins() {
        assertEquals(Language.EN, LanguageChoice.choose(Optional.of("en"), Optional.of("lv"),
                List.of(Locale.forLanguageTag("lv")), LATVIAN_UNION, Language.LV));
    }

    @Test
    void aRememberedChoiceComesNext() {
        assertEquals(Language.EN, LanguageChoice.choose(Optional.empty(), Optional.of("en"),
                List.of(Locale.forLanguageTag("lv")), LATVIAN_UNION, Language.LV));
    }

    @Test
    void theBrowsersFirstLanguageThatTheUnionOffersComesNext() {
        assertEquals(Language.EN, LanguageChoice.choose(Optional.empty(), Optional.empty(),
                List.of(Locale.forLanguageTag("lt-LT"), Locale.forLanguageTag("en-GB")), LATVIAN_UNION, Language.LV));
    }

    @Test
    void otherwiseTheUnionsDefault() {
        assertEquals(Language.LV, LanguageChoice.choose(Optional.empty(), Optional.of("de"),
                List.of(Locale.GERMAN), LATVIAN_UNION, Language.LV));
    }

    @Test
    void unknownCodesAreIgnored() {
        assertEquals(Language.LV, LanguageChoice.choose(Optional.of("xx"), Optional.empty(), List.of(), LATVIAN_UNION, Language.LV));
    }
}
