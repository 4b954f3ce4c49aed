package lt.iunija.simulator;

/**
 * One of SK's published Smart-ID demo test accounts: its document, certificate level and the end result it
 * always produces.
 */
public record TestAccount(
        String semanticsIdentifier, String documentNumber, String certificateLevel, String endResult, String note) {

    public boolean isQualified() {
        return "QUALIFIED".equals(certificateLevel);
    }

    /** The country code of the identity, e.g. {@code LT} for {@code PNOLT-...}. */
    public String country() {
        return semanticsIdentifier.substring(3, 5);
    }

    /** The national identity code, e.g. {@code 40504040001} for {@code PNOLT-40504040001}. */
    public String identityCode() {
        return semanticsIdentifier.substring(6);
    }
}
