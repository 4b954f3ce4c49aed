package lt.iunija.admin.members;

/**
 * Why a members file cannot be imported: a message key ({@code admin.members.import.<kind>}) with the line it
 * is about (0 for the whole file) and the offending value, if any.
 */
public record ImportProblem(long line, Kind kind, String value) implements java.io.Serializable {

    public enum Kind {
        HEADER,
        FIELDS,
        USER_NUMBER,
        PERSONAL_CODE,
        NAME,
        CARD,
        DUPLICATE_NUMBER,
        DUPLICATE_PERSON,
        NUMBER_TAKEN,
        PERSON_ELSEWHERE,
        EMPTY,
        TOO_LARGE,
        UNREADABLE;

        public String messageKey() {
            return "admin.members.import." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static ImportProblem ofFile(Kind kind) {
        return new ImportProblem(0, kind, "");
    }
}
