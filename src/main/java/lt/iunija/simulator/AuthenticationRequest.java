package lt.iunija.simulator;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An authentication request as the RP API v2 receives it, checked as strictly as SK's service checks it:
 * anything malformed is refused with the reason, so that a bug in our own client use shows here first.
 */
public record AuthenticationRequest(
        String relyingPartyUUID,
        String relyingPartyName,
        String certificateLevel,
        String hashType,
        byte[] hash,
        String interactionType,
        String displayText) {

    static final Set<String> LEVELS = Set.of("ADVANCED", "QUALIFIED", "QSCD");
    static final Map<String, Integer> HASH_LENGTHS = Map.of("SHA256", 32, "SHA384", 48, "SHA512", 64);
    static final Set<String> INTERACTIONS = Set.of(
            "displayTextAndPIN",
            "verificationCodeChoice",
            "confirmationMessage",
            "confirmationMessageAndVerificationCodeChoice");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> CONFIRMATION_MESSAGES =
            Set.of("confirmationMessage", "confirmationMessageAndVerificationCodeChoice");

    /** Why a request is refused with HTTP 400. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String reason) {
            super(reason);
        }
    }

    public static AuthenticationRequest parse(JsonObject body) throws Malformed {
        if (body == null) {
            throw new Malformed("the request has no JSON body");
        }
        String uuid = text(body, "relyingPartyUUID");
        if (!UUID.matcher(uuid).matches()) {
            throw new Malformed("relyingPartyUUID is not a UUID");
        }
        String name = text(body, "relyingPartyName");
        if (name.isBlank()) {
            throw new Malformed("relyingPartyName is empty");
        }
        String level = optionalText(body, "certificateLevel", "QUALIFIED");
        if (!LEVELS.contains(level)) {
            throw new Malformed("certificateLevel must be one of " + LEVELS);
        }
        String hashType = text(body, "hashType");
        Integer length = HASH_LENGTHS.get(hashType);
        if (length == null) {
            throw new Malformed("hashType must be one of " + HASH_LENGTHS.keySet());
        }
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(text(body, "hash"));
        } catch (IllegalArgumentException e) {
            throw new Malformed("hash is not Base64");
        }
        if (hash.length != length) {
            throw new Malformed("hash is not a " + hashType + " hash");
        }
        JsonValue interactions = body.get("allowedInteractionsOrder");
        if (!(interactions instanceof JsonArray array) || array.isEmpty()) {
            throw new Malformed("allowedInteractionsOrder must be a non-empty array");
        }
        Set<String> seen = new HashSet<>();
        for (JsonValue value : array) {
            checkInteraction(value, seen);
        }
        JsonObject first = array.getJsonObject(0);
        String type = first.getString("type");
        String displayText = CONFIRMATION_MESSAGES.contains(type)
                ? first.getString("displayText200")
                : first.containsKey("displayText60") ? first.getString("displayText60") : "";
        return new AuthenticationRequest(uuid, name, level, hashType, hash, type, displayText);
    }

    private static void checkInteraction(JsonValue value, Set<String> seen) throws Malformed {
        if (!(value instanceof JsonObject interaction)) {
            throw new Malformed("each allowed interaction must be an object");
        }
        String type = text(interaction, "type");
        if (!INTERACTIONS.contains(type)) {
            throw new Malformed("interaction type '" + type + "' is not one of " + INTERACTIONS);
        }
        if (!seen.add(type)) {
            throw new Malformed("interaction type '" + type + "' is listed twice");
        }
        if (CONFIRMATION_MESSAGES.contains(type)) {
            String text = text(interaction, "displayText200");
            if (text.isEmpty() || text.length() > 200) {
                throw new Malformed("displayText200 must have 1 to 200 characters");
            }
            if (interaction.containsKey("displayText60")) {
                throw new Malformed("displayText60 is not allowed with " + type);
            }
        } else {
            if (interaction.containsKey("displayText60")) {
                String text = text(interaction, "displayText60");
                if (text.isEmpty() || text.length() > 60) {
                    throw new Malformed("displayText60 must have 1 to 60 characters");
                }
            }
            if (interaction.containsKey("displayText200")) {
                throw new Malformed("displayText200 is not allowed with " + type);
            }
        }
    }

    private static String text(JsonObject object, String key) throws Malformed {
        JsonValue value = object.get(key);
        if (!(value instanceof JsonString string)) {
            throw new Malformed(key + " is missing or not a string");
        }
        return string.getString();
    }

    private static String optionalText(JsonObject object, String key, String fallback) throws Malformed {
        return object.containsKey(key) && object.get(key) != JsonValue.NULL ? text(object, key) : fallback;
    }
}
