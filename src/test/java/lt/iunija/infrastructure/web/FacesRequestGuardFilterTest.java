package lt.iunija.infrastructure.web;

import static lt.iunija.infrastructure.web.FacesRequestGuardFilter.isFromOwnPage;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FacesRequestGuardFilterTest {

    @Test
    void aBrowsersFetchMetadataDecide() {
        assertTrue(isFromOwnPage("same-origin", "https://evil.example", "nemunas.lt"));
        assertFalse(isFromOwnPage("same-site", "https://nemunas.lt", "nemunas.lt"));
        assertFalse(isFromOwnPage("cross-site", "https://nemunas.lt", "nemunas.lt"));
        assertFalse(isFromOwnPage("none", null, "nemunas.lt"));
    }

    @Test
    void withoutThemTheOriginMustNameTheHostTheFormWasPostedTo() {
        assertTrue(isFromOwnPage(null, "https://nemunas.lt", "nemunas.lt"));
        assertTrue(isFromOwnPage(null, "https://NEMUNAS.lt", "nemunas.lt:443"));
        assertTrue(isFromOwnPage(null, "http://localhost:8080", "localhost:8080"));
        assertFalse(isFromOwnPage(null, "http://localhost:8081", "localhost:8080"));
        assertFalse(isFromOwnPage(null, "https://nemunas.lt.evil.example", "nemunas.lt"));
        assertFalse(isFromOwnPage(null, "https://baltija.lt", "nemunas.lt"));
        assertFalse(isFromOwnPage(null, "null", "nemunas.lt"));
        assertFalse(isFromOwnPage(null, "https://nemunas.lt/path", "nemunas.lt"));
        assertFalse(isFromOwnPage(null, "not a url", "nemunas.lt"));
    }

    @Test
    void aPostWithNeitherIsNoBrowsersFormPost() {
        assertFalse(isFromOwnPage(null, null, "nemunas.lt"));
        assertFalse(isFromOwnPage(null, "https://nemunas.lt", null));
    }
}
