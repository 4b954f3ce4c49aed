package lt.iunija.smartid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The random value of a browser's "known browser" cookie: 256 bits, base64url. Only its SHA-256 digest is
 * stored, so a database reader cannot become a known browser.
 */
public record BrowserToken(String value) {

    /** The cookie that carries it: HttpOnly, long-lived, for the whole portal. */
    public static final String COOKIE = "IUNIJA_BROWSER";
    /** 400 days, the longest a browser keeps a cookie. */
    public static final int COOKIE_MAX_AGE_SECONDS = 400 * 24 * 3600;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public static BrowserToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new BrowserToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A cookie value that has the form of a token (anything else is ignored, never looked up). */
    public static Optional<BrowserToken> parse(String cookieValue) {
        return cookieValue != null && FORMAT.matcher(cookieValue).matches()
                ? Optional.of(new BrowserToken(cookieValue))
                : Optional.empty();
    }

    String digest() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "BrowserToken[…]"; // never in a log
    }
}
