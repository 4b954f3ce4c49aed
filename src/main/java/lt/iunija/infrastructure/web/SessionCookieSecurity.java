package lt.iunija.infrastructure.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code Secure} when the portal's public address ({@code iunija.public-url}) is HTTPS:
 * behind a TLS-terminating proxy the server itself speaks plain HTTP, so it cannot tell on its own.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String publicUrl = ConfigProvider.getConfig(SessionCookieSecurity.class.getClassLoader())
                .getOptionalValue("iunija.public-url", String.class)
                .orElse("");
        if (isHttps(publicUrl)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    static boolean isHttps(String publicUrl) {
        return publicUrl.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https://");
    }
}
