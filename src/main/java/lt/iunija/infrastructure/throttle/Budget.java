package lt.iunija.infrastructure.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * At most {@code limit} events per key within a sliding {@code window}, under a {@code name} of its own (keys of
 * different budgets never meet). What a key is (an identity, a client address, a browser) is the caller's; the
 * throttle stores only its SHA-256.
 */
public record Budget(String name, int limit, Duration window) {

    public Budget {
        if (!name.matches("[a-z.-]{1,40}")) {
            throw new IllegalArgumentException("A budget's name is 1-40 of a-z . -: " + name);
        }
        if (limit < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A budget needs a limit of 0 or more and a positive window");
        }
    }

    /** The stored form of {@code key} in this budget: the budget's name and the key's SHA-256. */
    String storedKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return name + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
