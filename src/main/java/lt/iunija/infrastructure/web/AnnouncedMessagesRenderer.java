package lt.iunija.infrastructure.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages ({@code p:messages}) without live regions of their own, and so with valid list markup
 * (PrimeFaces' {@code role="alert"} on each {@code <li>} takes it out of its list). The page's one live region
 * says them instead: see {@link MessagesAnnouncedElsewhere}.
 */
public class AnnouncedMessagesRenderer extends MessagesRenderer {

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        MessagesAnnouncedElsewhere.render(context, () -> super.encodeEnd(context, component));
    }
}
