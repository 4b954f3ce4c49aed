package lt.iunija.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalCodesTest {

    @Test
    void lithuanianAndEstonianCodesAreElevenDigits() {
        assertEquals(Optional.of("PNOLT-50001029996"), Country.LT.semanticsIdentifier(" 50001029996 "));
        assertEquals(Optional.of("PNOEE-30303039914"), Country.EE.semanticsIdentifier("30303039914"));
        assertEquals(Optional.empty(), Country.LT.semanticsIdentifier("5000102999"));
        assertEquals(Optional.empty(), Country.LT.semanticsIdentifier("5000102999x"));
    }

    @Test
    void latvianCodesTakeTheHyphenOrNot() {
        assertEquals(Optional.of("PNOLV-020100-29990"), Country.LV.semanticsIdentifier("020100-29990"));
        assertEquals(Optional.of("PNOLV-020100-29990"), Country.LV.semanticsIdentifier("02010029990"));
        assertEquals(Optional.empty(), Country.LV.semanticsIdentifier("0201-0029990"));
    }

    @Test
    void unknownCountriesHaveNoIdentity() {
        assertEquals(
                Optional.empty(),
                Country.fromCode("FI").flatMap(country -> country.semanticsIdentifier("50001029996")));
    }

    @Test
    void aTypedCodeMayNameItsCountryOrTakeTheUnions() {
        assertEquals(Optional.of("PNOLV-050405-10009"), PersonalCodes.fromTyped("PNOLV-050405-10009", Country.LT));
        assertEquals(Optional.of("PNOLV-050405-10009"), PersonalCodes.fromTyped("PNOLV-05040510009", Country.LT));
        assertEquals(Optional.of("PNOLT-50001029996"), PersonalCodes.fromTyped(" 50001029996", Country.LT));
        assertEquals(Optional.empty(), PersonalCodes.fromTyped("PNOLT-050405-10009", Country.LV));
        assertEquals(Optional.empty(), PersonalCodes.fromTyped("PNOFI-50001029996", Country.LT));
    }
}
