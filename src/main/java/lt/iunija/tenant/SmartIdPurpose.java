package lt.iunija.tenant;

import java.util.Map;
import lt.iunija.i18n.Language;

/**
 * Why the portal asks a person for a Smart-ID confirmation, and what the prompt then says in the union's language
 * ({@link SmartIdDisplayText}): a switch between unions is a login at the other union and says so.
 */
public enum SmartIdPurpose {
    MEMBER_LOGIN(Map.of(
            Language.LT, "%s: prisijungimas",
            Language.LV, "%s: pieslēgšanās",
            Language.EN, "%s: log in")),
    ADMIN_LOGIN(Map.of(
            Language.LT, "%s: administratoriaus prisijungimas",
            Language.LV, "%s: administratora pieslēgšanās",
            Language.EN, "%s: administrator log in")),
    UNION_SWITCH(MEMBER_LOGIN.displayTemplates);

    /** The prompt's text by language, {@code %s} standing for the union's short name. */
    final Map<Language, String> displayTemplates;

    SmartIdPurpose(Map<Language, String> displayTemplates) {
        this.displayTemplates = displayTemplates;
    }
}
