package lt.iunija.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's texts by key, in a language: pages, Faces messages (through OmniFaces' message resolver) and
 * e-mails all read them here. Code passes keys, never text.
 */
public final class Texts {

    /** The bundle, {@code lt/iunija/i18n/messages_{lt,lv,en}.properties}. */
    public static final String BUNDLE = "lt.iunija.i18n.messages";

    private Texts() {}

    /** The text of {@code key} in {@code locale}, its {@code {0}}, {@code {1}}, ... filled in with {@code arguments}. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
