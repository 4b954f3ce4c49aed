package lt.iunija.infrastructure.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.message.MessageRenderer;

/**
 * A field's message ({@code p:message}) without a live region of its own: the page's one live region says it
 * (see {@link MessagesAnnouncedElsewhere}).
 */
public class AnnouncedMessageRenderer extends MessageRenderer {

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        MessagesAnnouncedElsewhere.render(context, () -> super.encodeEnd(context, component));
    }
}
