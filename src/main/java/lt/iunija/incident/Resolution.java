package lt.iunija.incident;

/** How a resolved incident ended. */
public enum Resolution {
    CONFIRMED_FRAUD,
    MISTYPED_IDENTITY,
    NOT_REPRODUCED,
    DUPLICATE;

    public String messageKey() {
        return "admin.resolution." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
