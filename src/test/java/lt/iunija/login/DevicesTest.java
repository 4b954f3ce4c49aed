package lt.iunija.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DevicesTest {

    private static final Devices DEVICES = new Devices();

    @BeforeAll
    static void load() {
        DEVICES.loadTable();
    }

    @Test
    void aPhoneIsNamedByItsBrowserAndSystem() {
        assertEquals(
                Optional.of("Chrome Mobile, Android"),
                DEVICES.name("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 "
                        + "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"));
        assertEquals(
                Optional.of("Mobile Safari, iOS"),
                DEVICES.name("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                        + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
    }

    @Test
    void aComputerIsNamedByItsBrowserAndSystem() {
        assertEquals(
                Optional.of("Firefox, Windows"),
                DEVICES.name("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) " + "Gecko/20100101 Firefox/133.0"));
    }

    @Test
    void nothingToTellIsEmpty() {
        assertEquals(Optional.empty(), DEVICES.name(null));
        assertEquals(Optional.empty(), DEVICES.name(""));
        assertEquals(Optional.empty(), DEVICES.name("x"));
    }
}
