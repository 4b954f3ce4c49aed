package lt.iunija.smartid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The relying party the portal is registered as with Smart-ID (SK's demo values in demo mode). */
@ApplicationScoped
public class RelyingParty {

    @Inject
    @ConfigProperty(name = "iunija.smart-id.relying-party-uuid")
    String uuid;

    @Inject
    @ConfigProperty(name = "iunija.smart-id.relying-party-name")
    String name;

    public String uuid() {
        return uuid;
    }

    public String name() {
        return name;
    }

    public boolean is(String otherUuid, String otherName) {
        return uuid.equalsIgnoreCase(otherUuid) && name.equals(otherName);
    }
}
