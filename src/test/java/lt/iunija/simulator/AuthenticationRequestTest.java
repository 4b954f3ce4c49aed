package lt.iunija.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationRequestTest {

    static final String HASH = Base64.getEncoder().encodeToString(new byte[64]);

    static String valid() {
        return "{'relyingPartyUUID':'00000000-0000-0000-0000-000000000000','relyingPartyName':'DEMO',"
                + "'certificateLevel':'QUALIFIED','hash':'" + HASH + "','hashType':'SHA512',"
                + "'allowedInteractionsOrder':[{'type':'displayTextAndPIN','displayText60':'KU Nemunas: prisijungimas'}]}";
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void aWellFormedRequestIsRead() throws Exception {
        AuthenticationRequest request = AuthenticationRequest.parse(json(valid()));

        assertEquals("QUALIFIED", request.certificateLevel());
        assertEquals("displayTextAndPIN", request.interactionType());
        assertEquals("KU Nemunas: prisijungimas", request.displayText());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "'hash':'" + "X" + "'", // not a SHA-512 hash
                "'hashType':'SHA-512'", // SK spells it SHA512
                "'hashType':'MD5'",
                "'certificateLevel':'qualified'", // wrong enum spelling
                "'relyingPartyUUID':'not-a-uuid'",
                "'relyingPartyName':''",
                "'allowedInteractionsOrder':[]",
                "'allowedInteractionsOrder':[{'type':'DISPLAY_TEXT_AND_PIN','displayText60':'x'}]",
                "'allowedInteractionsOrder':[{'type':'displayTextAndPIN','displayText60':'1234567890123456789012345678901234567890123456789012345678901'}]",
                "'allowedInteractionsOrder':[{'type':'confirmationMessage','displayText60':'x'}]",
            })
    void malformedRequestsAreRefused(String replacement) {
        String key = replacement.substring(1, replacement.indexOf('\'', 1));
        String body = valid().replaceFirst(
                        "'" + key + "':(\\[.*\\]|'[^']*')", java.util.regex.Matcher.quoteReplacement(replacement));

        assertThrows(AuthenticationRequest.Malformed.class, () -> AuthenticationRequest.parse(json(body)), body);
    }

    @Test
    void aMissingHashIsRefused() {
        String body = valid().replace("'hash':'" + HASH + "',", "");

        assertThrows(AuthenticationRequest.Malformed.class, () -> AuthenticationRequest.parse(json(body)));
    }
}
