package lt.iunija.tenant;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import lt.iunija.i18n.Language;

/**
 * The text the Smart-ID app shows with a prompt. It names the union, in the union's own language, so that
 * a member who did not start a login there can tell at once. Smart-ID allows at most 60 characters, which
 * the tenant file validation checks for every purpose and language.
 */
public final class SmartIdDisplayText {

    public static final int MAX_LENGTH = 60;

    /** Why the portal asks for a Smart-ID confirmation. */
    public enum Purpose {
        MEMBER_LOGIN(Map.of(
                Language.LT, "%s: prisijungimas",
                Language.LV, "%s: pieslēgšanās",
                Language.EN, "%s: log in")),
        ADMIN_LOGIN(Map.of(
                Language.LT, "%s: administratoriaus prisijungimas",
                Language.LV, "%s: administratora pieslēgšanās",
                Language.EN, "%s: administrator log in"));

        private final Map<Language, String> templates;

        Purpose(Map<Language, String> templates) {
            this.templates = templates;
        }
    }

    private SmartIdDisplayText() {
    }

    public static String of(Union union, Purpose purpose) {
        return String.format(purpose.templates.get(union.defaultLanguage()), union.shortName());
    }

    static List<String> allFor(String shortName) {
        return Arrays.stream(Purpose.values())
                .flatMap(purpose -> purpose.templates.values().stream())
                .map(template -> String.format(template, shortName))
                .toList();
    }
}
