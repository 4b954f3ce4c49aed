package lt.iunija.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The key of the code-card digests ({@code iunija.card.secret}); changing it invalidates every stored card. */
@ApplicationScoped
public class CardSecret {

    @Inject
    @ConfigProperty(name = "iunija.card.secret")
    String secret;

    public byte[] bytes() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
