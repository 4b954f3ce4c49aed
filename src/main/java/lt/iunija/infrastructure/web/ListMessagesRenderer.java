package lt.iunija.infrastructure.web;

import java.io.IOException;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, with valid list markup: PrimeFaces gives each {@code <li>} {@code role="alert"}, which
 * takes it out of its list (axe: "ul must only directly contain li"). The messages' own container is already
 * a polite live region, so the outcome is still announced, once.
 */
public class ListMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages uiMessages, String severity, List<FacesMessage> messages)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ListItemsStayListItems(original));
        try {
            super.encodeMessages(context, uiMessages, severity, messages);
        } finally {
            context.setResponseWriter(original);
        }
    }

    private static final class ListItemsStayListItems extends ResponseWriterWrapper {

        private String element = "";

        ListItemsStayListItems(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name)))) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
