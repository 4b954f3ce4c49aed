package lt.iunija.infrastructure.web;

import org.omnifaces.util.Faces;

/** What an Ajax request renders, decided on the server. */
public final class PartialRendering {

    private PartialRendering() {}

    /**
     * The current Ajax request renders nothing of what it asked for: nothing on the page has changed, and
     * replacing it anyway would move the visitor's focus and make a screen reader start over.
     */
    public static void nothingChanged() {
        Faces.getContext().getPartialViewContext().getRenderIds().clear();
    }
}
