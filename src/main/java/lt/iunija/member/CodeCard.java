package lt.iunija.member;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A member's code card: {@value #SIZE} numbered codes of six digits. Only keyed digests are stored (HMAC with
 * the portal's card secret), so a copy of the database alone does not give away anyone's card.
 */
public final class CodeCard {

    public static final int SIZE = 24;
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final String SEPARATOR = ",";

    private final List<String> digests;

    private CodeCard(List<String> digests) {
        this.digests = List.copyOf(digests);
    }

    /**
     * @param codes the card as printed: {@value #SIZE} six-digit codes separated by white space, code number k
     *              being the k-th
     */
    /** Whether {@code codes} is a card as printed: {@value #SIZE} six-digit codes separated by white space. */
    public static boolean isWellFormed(String codes) {
        String[] parts = codes.strip().split("\\s+");
        return parts.length == SIZE
                && java.util.Arrays.stream(parts)
                        .allMatch(code -> CODE.matcher(code).matches());
    }

    public static CodeCard issue(String codes, byte[] secret) {
        String[] parts = codes.strip().split("\\s+");
        if (parts.length != SIZE) {
            throw new IllegalArgumentException("a code card has " + SIZE + " codes, not " + parts.length);
        }
        List<String> digests = new ArrayList<>();
        for (int position = 1; position <= SIZE; position++) {
            String code = parts[position - 1];
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("code number " + position + " is not six digits");
            }
            digests.add(digest(position, code, secret));
        }
        return new CodeCard(digests);
    }

    static CodeCard fromStored(String stored) {
        return new CodeCard(List.of(stored.split(SEPARATOR)));
    }

    String stored() {
        return String.join(SEPARATOR, digests);
    }

    /** Whether the code typed for card position {@code position} (1 to {@value #SIZE}) is the right one. */
    public boolean matches(int position, String typed, byte[] secret) {
        if (position < 1
                || position > SIZE
                || typed == null
                || !CODE.matcher(typed.strip()).matches()) {
            return false;
        }
        byte[] expected = digests.get(position - 1).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = digest(position, typed.strip(), secret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    private static String digest(int position, String code, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((position + ":" + code).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
