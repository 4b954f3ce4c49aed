package lt.iunija.tenant;

import java.util.Arrays;
import java.util.List;

/**
 * The text the Smart-ID app shows with a prompt. It names the union, in the union's own language, so that
 * a member who did not start a login there can tell at once. Smart-ID allows at most 60 characters, which
 * the tenant file validation checks for every purpose and language.
 */
public final class SmartIdDisplayText {

    public static final int MAX_LENGTH = 60;

    private SmartIdDisplayText() {}

    public static String of(Union union, SmartIdPurpose purpose) {
        return String.format(purpose.displayTemplates.get(union.defaultLanguage()), union.shortName());
    }

    static List<String> allFor(String shortName) {
        return Arrays.stream(SmartIdPurpose.values())
                .flatMap(purpose -> purpose.displayTemplates.values().stream())
                .map(template -> String.format(template, shortName))
                .toList();
    }
}
