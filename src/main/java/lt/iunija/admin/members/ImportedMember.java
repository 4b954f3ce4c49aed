package lt.iunija.admin.members;

/**
 * One member as a union's core system exported them, checked for form: the line of the file, the user number,
 * the Smart-ID semantics identifier of their personal code, their name, and their code card as printed.
 */
public record ImportedMember(
        long line, String userNumber, String semanticsIdentifier, String givenName, String surname, String card) {}
