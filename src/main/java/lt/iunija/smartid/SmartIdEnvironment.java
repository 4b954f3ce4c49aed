package lt.iunija.smartid;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which Smart-ID service the portal talks to ({@code iunija.smart-id.environment}), with its RP API v2
 * address. {@code sk-live} also trusts the SK CA certificates that smart-id-java-client ships, and SK's TLS
 * certificate through the JDK's trust store; {@code sk-demo} needs SK's test CAs as files. The explicit keys
 * ({@code host-url}, {@code trusted-ca-files}, {@code tls-certificate-files}) still override a preset.
 */
public enum SmartIdEnvironment {
    SIMULATOR("simulator", null),
    SK_DEMO("sk-demo", "https://sid.demo.sk.ee/smart-id-rp/v2/"),
    SK_LIVE("sk-live", "https://rp-api.smart-id.com/v2/");

    /** SK's relying party UUID of its demo environment, which the live service refuses. */
    public static final String DEMO_RELYING_PARTY_UUID = "00000000-0000-0000-0000-000000000000";

    private final String configName;
    private final String hostUrl;

    SmartIdEnvironment(String configName, String hostUrl) {
        this.configName = configName;
        this.hostUrl = hostUrl;
    }

    public String configName() {
        return configName;
    }

    /** The RP API v2 address of SK's service (none for the simulator, which is this server). */
    public Optional<String> hostUrl() {
        return Optional.ofNullable(hostUrl);
    }

    public static Optional<SmartIdEnvironment> fromConfig(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(environment -> environment.configName.equals(wanted))
                .findFirst();
    }
}
