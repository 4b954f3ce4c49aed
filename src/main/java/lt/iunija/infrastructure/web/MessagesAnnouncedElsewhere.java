package lt.iunija.infrastructure.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;

/**
 * Renders PrimeFaces' messages without their live-region attributes ({@code aria-live}, {@code role="alert"},
 * {@code aria-atomic}). An Ajax step replaces the messages' elements, and screen readers do not reliably announce
 * a live region that is itself new; worse, several regions on one page talk over each other. Each page has one
 * polite live region that stays ({@code #announcer} in the page template), and resources/iunija/portal.js puts
 * the new step's messages there, once.
 */
final class MessagesAnnouncedElsewhere extends ResponseWriterWrapper {

    /** The rendering of messages, which may write. */
    interface Rendering {
        void run() throws IOException;
    }

    private MessagesAnnouncedElsewhere(ResponseWriter wrapped) {
        super(wrapped);
    }

    static void render(FacesContext context, Rendering rendering) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new MessagesAnnouncedElsewhere(original));
        try {
            rendering.run();
        } finally {
            context.setResponseWriter(original);
        }
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        boolean liveRegion = "aria-live".equals(name)
                || "aria-atomic".equals(name)
                || ("role".equals(name) && "alert".equals(String.valueOf(value)));
        if (!liveRegion) {
            super.writeAttribute(name, value, property);
        }
    }
}
