package lt.iunija.smartid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SemanticsIdentifiersTest {

    @Test
    void theMiddleOfThePersonalCodeIsHidden() {
        assertEquals("PNOLT-303…914", SemanticsIdentifiers.masked("PNOLT-30303039914"));
        assertEquals("PNOLV-050…009", SemanticsIdentifiers.masked("PNOLV-050405-10009"));
        assertEquals("…", SemanticsIdentifiers.masked("PNOLT-1"));
    }
}
