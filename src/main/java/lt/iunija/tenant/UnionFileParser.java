package lt.iunija.tenant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import lt.iunija.i18n.Language;
import lt.iunija.member.Country;

/**
 * Turns the properties of one tenant file into a {@link Union}, or explains everything that is wrong
 * with it. Pure: reads only what it is given, so every rule is unit tested.
 */
public final class UnionFileParser {

    static final Pattern ID = Pattern.compile("[a-z0-9-]{2,32}");
    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SEMANTICS_IDENTIFIER = Pattern.compile("PNO(LT|LV|EE)-[0-9A-Z-]{6,20}");
    private static final Pattern LOGO = Pattern.compile("[A-Za-z0-9_-]{1,64}\\.(png|svg|jpg|jpeg|webp)");

    /**
     * Path segments that belong to the application itself and can never name a union.
     */
    public static final Set<String> RESERVED_IDS = Set.of(
            "admin",
            "api",
            "demo",
            "health",
            "metrics",
            "openapi",
            "resources",
            "jakarta.faces.resource",
            "smart-id-rp",
            "smart-id-simulator",
            "static",
            "webjars",
            "error",
            "errors",
            "login",
            "logout",
            "report",
            "home",
            "activate",
            "smart-id",
            "www",
            "app");

    private static final List<String> REQUIRED = List.of(
            "name",
            "short-name",
            "country",
            "languages",
            "default-language",
            "contact.phone",
            "contact.email",
            "contact.address",
            "incident.email",
            "admins");

    /** The outcome of parsing one file: exactly one of union or problems is present. */
    public record Result(Optional<Union> union, List<String> problems) {
        static Result ok(Union union) {
            return new Result(Optional.of(union), List.of());
        }

        static Result broken(List<String> problems) {
            return new Result(Optional.empty(), List.copyOf(problems));
        }
    }

    /**
     * @param id         the union id, taken from the file name
     * @param properties the file's content
     * @param unionDir   the union's own folder (for the logo); it may not exist
     */
    public Result parse(String id, Properties properties, Path unionDir) {
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(id).matches()) {
            problems.add("id '" + id + "' must match [a-z0-9-]{2,32}");
        } else if (RESERVED_IDS.contains(id)) {
            problems.add("id '" + id + "' is reserved by the portal");
        }
        for (String key : REQUIRED) {
            if (value(properties, key).isEmpty()) {
                problems.add("required key '" + key + "' is missing or empty");
            }
        }
        List<Language> languages = languages(properties, problems);
        Language defaultLanguage =
                language(value(properties, "default-language").orElse(""), "default-language", problems);
        if (defaultLanguage != null && !languages.isEmpty() && !languages.contains(defaultLanguage)) {
            problems.add("default-language '" + defaultLanguage.code() + "' is not one of languages");
        }
        String countryCode = value(properties, "country").orElse("");
        Country country = Country.fromCode(countryCode).orElse(null);
        if (!countryCode.isEmpty() && country == null) {
            problems.add("country '" + countryCode + "' must be LT, LV or EE");
        }
        String shortName = value(properties, "short-name").orElse("");
        for (String displayText : SmartIdDisplayText.allFor(shortName)) {
            if (displayText.length() > SmartIdDisplayText.MAX_LENGTH) {
                problems.add("short-name '" + shortName + "' makes the Smart-ID display text '" + displayText
                        + "' longer than " + SmartIdDisplayText.MAX_LENGTH + " characters");
                break;
            }
        }
        for (String key : List.of("contact.email", "incident.email")) {
            value(properties, key)
                    .filter(email -> !EMAIL.matcher(email).matches())
                    .ifPresent(email -> problems.add(key + " '" + email + "' is not an e-mail address"));
        }
        Set<String> admins = list(properties, "admins");
        admins.stream()
                .filter(admin -> !SEMANTICS_IDENTIFIER.matcher(admin).matches())
                .forEach(admin ->
                        problems.add("admin '" + admin + "' is not a Smart-ID semantics identifier (PNOLT-...)"));
        Set<String> hosts = new LinkedHashSet<>();
        for (String host : list(properties, "hosts")) {
            String normalized = host.toLowerCase(Locale.ROOT);
            if (HOST.matcher(normalized).matches()) {
                hosts.add(normalized);
            } else {
                problems.add("host '" + host + "' is not a host name");
            }
        }
        String color = value(properties, "theme.primary-color").orElse("#1b5e20");
        Optional<BrandColor> brand = BrandColor.parse(color);
        if (brand.isEmpty()) {
            problems.add("theme.primary-color '" + color + "' must look like #1a2b3c");
        } else if (!brand.get().isReadableOnWhite()) {
            problems.add(String.format(
                    java.util.Locale.ROOT,
                    "theme.primary-color %s has a contrast of %.2f:1 with white; buttons (white text "
                            + "on it), links and focus rings need at least %.1f:1 (WCAG 2.2 AA): choose a darker shade",
                    color,
                    brand.get().contrastWithWhite(),
                    BrandColor.MINIMUM_CONTRAST));
        }
        Optional<String> logo = value(properties, "logo");
        logo.ifPresent(file -> {
            if (!LOGO.matcher(file).matches()) {
                problems.add("logo '" + file + "' must be a plain png, svg, jpg or webp file name");
            } else if (!Files.isRegularFile(unionDir.resolve(file))) {
                problems.add("logo '" + file + "' does not exist in " + unionDir);
            }
        });
        if (!problems.isEmpty()) {
            return Result.broken(problems);
        }
        Map<Language, String> names = new EnumMap<>(Language.class);
        String name = value(properties, "name").orElseThrow();
        for (Language language : Language.values()) {
            names.put(language, value(properties, "name." + language.code()).orElse(name));
        }
        return Result.ok(new Union(
                id,
                names,
                shortName,
                country,
                languages,
                defaultLanguage,
                new Union.Contacts(
                        value(properties, "contact.phone").orElseThrow(),
                        value(properties, "contact.email").orElseThrow(),
                        value(properties, "contact.address").orElseThrow()),
                value(properties, "incident.email").orElseThrow(),
                admins,
                hosts,
                color,
                logo));
    }

    private static List<Language> languages(Properties properties, List<String> problems) {
        List<Language> languages = new ArrayList<>();
        for (String code : list(properties, "languages")) {
            Language language = language(code, "languages", problems);
            if (language != null && !languages.contains(language)) {
                languages.add(language);
            }
        }
        return languages;
    }

    private static Language language(String code, String key, List<String> problems) {
        if (code.isEmpty()) {
            return null;
        }
        Optional<Language> language = Language.fromCode(code);
        if (language.isEmpty()) {
            problems.add(key + ": '" + code + "' is not one of lt, lv, en");
        }
        return language.orElse(null);
    }

    private static Optional<String> value(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(key))
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    private static Set<String> list(Properties properties, String key) {
        Set<String> values = new LinkedHashSet<>();
        value(properties, key)
                .ifPresent(value -> Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(item -> !item.isEmpty())
                        .forEach(values::add));
        return values;
    }
}
