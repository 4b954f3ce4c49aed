package lt.iunija.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import lt.iunija.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnionFileParserTest {

    private final UnionFileParser parser = new UnionFileParser();

    static Properties valid() {
        Properties properties = new Properties();
        properties.setProperty("name", "Kredito unija Testas");
        properties.setProperty("name.en", "Test Credit Union");
        properties.setProperty("short-name", "KU Testas");
        properties.setProperty("country", "LT");
        properties.setProperty("languages", "lt, en");
        properties.setProperty("default-language", "lt");
        properties.setProperty("contact.phone", "+370 600 00000");
        properties.setProperty("contact.email", "info@testas.example");
        properties.setProperty("contact.address", "Gatvė 1, Vilnius");
        properties.setProperty("incident.email", "incidents@testas.example");
        properties.setProperty("admins", "PNOLT-50001029996, PNOLV-020100-29990");
        properties.setProperty("hosts", "Testas.Example");
        return properties;
    }

    private List<String> problemsOf(String id, Properties properties) {
        return parser.parse(id, properties, Path.of("does-not-exist")).problems();
    }

    @Test
    void aCompleteFileBecomesAUnion() {
        Union union = parser.parse("testas", valid(), Path.of("x")).union().orElseThrow();

        assertEquals("Kredito unija Testas", union.name(Language.LT));
        assertEquals("Test Credit Union", union.name(Language.EN));
        assertEquals("Kredito unija Testas", union.name(Language.LV), "falls back to the plain name");
        assertEquals(List.of(Language.LT, Language.EN), union.languages());
        assertEquals(Language.LT, union.defaultLanguage());
        assertTrue(union.isAdmin("PNOLV-020100-29990"));
        assertEquals(java.util.Set.of("testas.example"), union.hosts(), "host names are lower-cased");
        assertEquals("#1b5e20", union.primaryColor(), "a default colour");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "x", "with space", "under_score", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void idsOutsideTheSlugFormatAreRefused(String id) {
        assertTrue(problemsOf(id, valid()).stream().anyMatch(problem -> problem.contains("must match")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "api", "health", "metrics", "smart-id-rp", "smart-id-simulator", "resources"})
    void reservedWordsCannotNameAUnion(String id) {
        assertTrue(problemsOf(id, valid()).stream().anyMatch(problem -> problem.contains("reserved")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name",
                "short-name",
                "country",
                "languages",
                "default-language",
                "contact.phone",
                "contact.email",
                "contact.address",
                "incident.email",
                "admins"
            })
    void everyRequiredKeyIsChecked(String key) {
        Properties properties = valid();
        properties.setProperty(key, "  ");

        assertTrue(
                problemsOf("testas", properties).stream().anyMatch(problem -> problem.contains("'" + key + "'")),
                () -> "missing " + key);
    }

    @Test
    void theDefaultLanguageMustBeOffered() {
        Properties properties = valid();
        properties.setProperty("default-language", "lv");

        assertTrue(problemsOf("testas", properties).stream()
                .anyMatch(problem -> problem.contains("not one of languages")));
    }

    @Test
    void aShortNameThatMakesTheSmartIdTextTooLongIsRefused() {
        Properties properties = valid();
        properties.setProperty("short-name", "Labai labai ilgas kredito unijos pavadinimas");

        assertTrue(problemsOf("testas", properties).stream().anyMatch(problem -> problem.contains("60 characters")));
    }

    @Test
    void malformedValuesAreEachReported() {
        Properties properties = valid();
        properties.setProperty("languages", "lt,de");
        properties.setProperty("admins", "38001010000");
        properties.setProperty("theme.primary-color", "red");
        properties.setProperty("incident.email", "nobody");
        properties.setProperty("hosts", "bad host");
        properties.setProperty("logo", "../secret.png");

        List<String> problems = problemsOf("testas", properties);

        assertEquals(6, problems.size(), problems::toString);
    }

    @Test
    void aBrandColourThatWhiteTextCannotBeReadOnIsRefusedWithItsContrast() {
        Properties properties = valid();
        properties.setProperty("theme.primary-color", "#2196f3");
        assertEquals(
                List.of(
                        "theme.primary-color #2196f3 has a contrast of 3.12:1 with white; buttons (white text on it), links "
                                + "and focus rings need at least 4.5:1 (WCAG 2.2 AA): choose a darker shade"),
                problemsOf("testas", properties));
    }

    @Test
    void aLogoMustExistInTheUnionsFolder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Properties properties = valid();
        properties.setProperty("logo", "logo.svg");
        assertTrue(parser.parse("testas", properties, dir).union().isEmpty());

        java.nio.file.Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        assertEquals(
                "logo.svg",
                parser.parse("testas", properties, dir)
                        .union()
                        .orElseThrow()
                        .logoFile()
                        .orElseThrow());
    }
}
