package lt.iunija.infrastructure.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Turns a message key into a Faces message in the page's language. Beans pass keys, never text. */
public final class Messages {

    public static final String BUNDLE = "lt.iunija.i18n.messages";

    private Messages() {
    }

    public static void add(FacesContext context, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(context, key, arguments);
        context.addMessage(null, new FacesMessage(severity, text, text));
    }

    public static String text(FacesContext context, String key, Object... arguments) {
        return text(context.getViewRoot().getLocale(), key, arguments);
    }

    /** The text outside a page, e.g. for an e-mail in a union's language. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
