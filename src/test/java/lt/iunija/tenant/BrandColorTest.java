package lt.iunija.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandColorTest {

    @Test
    void contrastWithWhiteIsWcags() {
        assertEquals(21.0, BrandColor.parse("#000000").orElseThrow().contrastWithWhite(), 0.01);
        assertEquals(1.0, BrandColor.parse("#ffffff").orElseThrow().contrastWithWhite(), 0.01);
        // PrimeFaces' default blue, the colour of the failing buttons: 3.12:1.
        assertEquals(3.12, BrandColor.parse("#2196F3").orElseThrow().contrastWithWhite(), 0.01);
    }

    @Test
    void theUnionsColoursPassAndALightOneDoesNot() {
        for (String color : new String[] {"#1d5c8c", "#00695c", "#8c1d2f", "#1b5e20"}) {
            assertTrue(BrandColor.parse(color).orElseThrow().isReadableOnWhite(), color);
        }
        assertFalse(BrandColor.parse("#2196f3").orElseThrow().isReadableOnWhite());
        assertEquals(Optional.empty(), BrandColor.parse("blue"));
        assertEquals("#1d5c8c", BrandColor.parse("#1D5C8C").orElseThrow().toString());
    }
}
