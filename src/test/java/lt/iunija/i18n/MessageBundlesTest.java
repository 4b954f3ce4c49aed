package lt.iunija.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lt.iunija.incident.AuditAction;
import lt.iunija.incident.IncidentStatus;
import lt.iunija.incident.ReporterAction;
import lt.iunija.incident.Resolution;
import lt.iunija.incident.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every visible text exists, non-empty, in Lithuanian, Latvian and English. */
class MessageBundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("i18n\\['([a-zA-Z0-9_.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:login|memo|error|layout|picker|activate|home|report|admin|smartid|outcome|incidentmail)\\.[a-z0-9_.]+)\"");

    static Properties bundle(Language language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(
                "/lt/iunija/i18n/messages_" + language.code() + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryKeyOfTheOthers(Language language) throws IOException {
        Set<String> all = new TreeSet<>();
        for (Language other : Language.values()) {
            all.addAll(bundle(other).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(bundle(language).stringPropertyNames());

        assertEquals(Set.of(), missing, "keys missing in messages_" + language.code());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noTextIsEmpty(Language language) throws IOException {
        Properties bundle = bundle(language);
        Set<String> empty = new TreeSet<>();
        bundle.stringPropertyNames().stream()
                .filter(key -> bundle.getProperty(key).isBlank())
                .forEach(empty::add);

        assertEquals(Set.of(), empty, "empty texts in messages_" + language.code());
    }

    @Test
    void everyKeyUsedByPagesAndBeansExists() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY, used);
        collect(Path.of("src/main/java"), ".java", JAVA_KEY, used);
        assertTrue(used.contains("login.user_number"), "the scan finds the keys");
        // Keys that pages build from a value.
        for (Language language : Language.values()) {
            used.add("language." + language.code());
        }
        Stream.of("LT", "LV", "EE").map(country -> "country." + country).forEach(used::add);
        for (lt.iunija.smartid.AuthenticationOutcome outcome : lt.iunija.smartid.AuthenticationOutcome.values()) {
            used.add(outcome.messageKey());
            used.add(outcome.labelKey());
        }
        Stream.of(ReporterAction.values()).map(ReporterAction::adviceKey).forEach(used::add);
        Stream.of(lt.iunija.admin.members.MemberAuditAction.values())
                .map(lt.iunija.admin.members.MemberAuditAction::messageKey)
                .forEach(used::add);
        Stream.of(lt.iunija.admin.members.ImportProblem.Kind.values())
                .map(lt.iunija.admin.members.ImportProblem.Kind::messageKey)
                .forEach(used::add);
        Stream.of(lt.iunija.tenant.SmartIdPurpose.values())
                .map(purpose -> "admin.purpose." + purpose.name())
                .forEach(used::add);
        // Enums whose values pages and e-mails show by their message key.
        Stream.of(ReporterAction.values()).map(ReporterAction::messageKey).forEach(used::add);
        Stream.of(Severity.values()).map(Severity::messageKey).forEach(used::add);
        Stream.of(IncidentStatus.values()).map(IncidentStatus::messageKey).forEach(used::add);
        Stream.of(Resolution.values()).map(Resolution::messageKey).forEach(used::add);
        Stream.of(AuditAction.values()).map(AuditAction::messageKey).forEach(used::add);
        used.removeIf(key -> key.endsWith("."));

        for (Language language : Language.values()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(language).stringPropertyNames());
            assertEquals(Set.of(), missing, "keys used but missing in messages_" + language.code());
        }
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
    }
}
