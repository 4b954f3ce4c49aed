package lt.iunija.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Jakarta Mail session for incident e-mails, built from the operator's configuration
 * ({@code iunija.mail.*}, see config/production.properties.example). Without {@code iunija.mail.host} no mail
 * leaves the portal: reports are still stored and queued, and wait for mail to be configured.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "iunija.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "iunija.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "iunija.mail.from", defaultValue = "i-unija@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "iunija.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "iunija.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "iunija.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "iunija.mail.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    private Session session;

    public boolean isConfigured() {
        return host.filter(value -> !value.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    public synchronized Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.setProperty("mail.transport.protocol", "smtp");
            properties.setProperty("mail.smtp.host", host.orElseThrow());
            properties.setProperty("mail.smtp.port", String.valueOf(port));
            properties.setProperty("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
            properties.setProperty("mail.smtp.timeout", String.valueOf(timeoutMillis));
            properties.setProperty("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
            properties.setProperty("mail.smtp.starttls.enable", String.valueOf(startTls));
            properties.setProperty("mail.smtp.starttls.required", String.valueOf(startTls));
            properties.setProperty("mail.smtp.auth", String.valueOf(username.isPresent()));
            Authenticator authenticator = username.isEmpty()
                    ? null
                    : new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(username.get(), password.orElse(""));
                        }
                    };
            session = Session.getInstance(properties, authenticator);
        }
        return session;
    }
}
