package lt.iunija.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnionLinksTest {

    private final UnionLinks links = new UnionLinks("/portal", "nemunas");

    @Test
    void formActionsBecomeTheUnionsAddress() {
        assertEquals("/portal/nemunas/", links.rewrite("/portal/union/login.xhtml"));
        assertEquals("/portal/nemunas/smart-id?x=1", links.rewrite("/portal/union/smart-id.xhtml?x=1"));
    }

    @Test
    void resourcesGetTheUnionPrefix() {
        assertEquals(
                "/portal/nemunas/jakarta.faces.resource/core.js.xhtml?ln=primefaces",
                links.rewrite("/portal/jakarta.faces.resource/core.js.xhtml?ln=primefaces"));
    }

    @Test
    void thePickerIsTheRoot() {
        assertEquals("/portal/", links.rewrite("/portal/picker.xhtml"));
    }

    @Test
    void otherUrlsAreLeftAlone() {
        assertEquals("https://example.com/x", links.rewrite("https://example.com/x"));
        assertEquals("/portal/health", links.rewrite("/portal/health"));
        assertEquals("#main", links.rewrite("#main"));
    }
}
