package lt.iunija.tenant;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.iunija.i18n.Language;
import lt.iunija.member.Country;

/**
 * One credit union (tenant) as described by its file in the tenants folder. Immutable: a changed file
 * produces a new instance in the registry.
 */
public record Union(
        String id,
        Map<Language, String> names,
        String shortName,
        Country country,
        List<Language> languages,
        Language defaultLanguage,
        Contacts contacts,
        String incidentEmail,
        Set<String> admins,
        Set<String> hosts,
        String primaryColor,
        Optional<String> logoFile) {

    /** How members reach their union; shown on the memo, on errors and after incident reports. */
    public record Contacts(String phone, String email, String address) {

        /** The phone as a tap-to-call link ({@code tel:+37037000000}): RFC 3966 allows no spaces. */
        public String phoneUri() {
            return "tel:" + phone.replaceAll("[\\s()]", "");
        }
    }

    public Union {
        names = Map.copyOf(names);
        languages = List.copyOf(languages);
        admins = Set.copyOf(admins);
        hosts = Set.copyOf(hosts);
    }

    /** The union's name in the given language, falling back to its default language. */
    public String name(Language language) {
        return names.getOrDefault(language, names.get(defaultLanguage));
    }

    public boolean offers(Language language) {
        return languages.contains(language);
    }

    public boolean isAdmin(String semanticsIdentifier) {
        return admins.contains(semanticsIdentifier);
    }

    /** The union's local time: members state times in it, admins read them in it. */
    public ZoneId zone() {
        return country.zone();
    }
}
