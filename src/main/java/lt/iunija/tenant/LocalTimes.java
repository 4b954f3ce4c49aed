package lt.iunija.tenant;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The portal stores times in UTC and shows them, and reads them from people, in a union's local time
 * ({@link Union#zone()}). Every conversion between the two goes through here.
 */
public final class LocalTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LocalTimes() {}

    public static LocalDateTime toLocal(LocalDateTime utc, ZoneId zone) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
    }

    public static LocalDateTime toUtc(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** A stored UTC time as local time to the minute, {@code yyyy-MM-dd HH:mm}. */
    public static String format(LocalDateTime utc, ZoneId zone) {
        return toLocal(utc, zone).format(MINUTES);
    }
}
