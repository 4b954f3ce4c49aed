package lt.iunija.smartid;

/** How a Smart-ID semantics identifier (PNOLT-30303039914) may appear where people who need not know read it. */
public final class SemanticsIdentifiers {

    private SemanticsIdentifiers() {}

    /** The identifier with the middle of the personal code hidden, for logs: {@code PNOLT-303…914}. */
    public static String masked(String semanticsIdentifier) {
        if (semanticsIdentifier == null || semanticsIdentifier.length() < 12) {
            return "…";
        }
        return semanticsIdentifier.substring(0, 9) + "…"
                + semanticsIdentifier.substring(semanticsIdentifier.length() - 3);
    }
}
