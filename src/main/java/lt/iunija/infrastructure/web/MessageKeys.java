package lt.iunija.infrastructure.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import lt.iunija.i18n.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Makes OmniFaces' {@link Messages} read message keys: a bean says {@code Messages.addGlobalError("login.blocked",
 * phone, email)} and the page shows that text in its own language.
 */
@WebListener
public class MessageKeys implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver((key, parameters) -> Texts.text(Faces.getLocale(), key, parameters));
    }
}
