package lt.iunija.smartid;

/** The person a valid Smart-ID response proves, as their certificate names them. */
public record VerifiedPerson(String semanticsIdentifier, String givenName, String surname) {

    public String fullName() {
        return givenName + " " + surname;
    }
}
