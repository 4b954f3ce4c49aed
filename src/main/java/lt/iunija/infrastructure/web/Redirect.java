package lt.iunija.infrastructure.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;

/** Sends the browser elsewhere from a Faces action or view action, and renders nothing more. */
public final class Redirect {

    private Redirect() {
    }

    public static void to(String url) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
