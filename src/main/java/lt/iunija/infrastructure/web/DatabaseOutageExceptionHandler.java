package lt.iunija.infrastructure.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import lt.iunija.infrastructure.persistence.DatabaseOutage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * What a user sees while the database cannot be reached. A form sent with Ajax (a login, a report, an admin's
 * action) comes back as it was, with what the user typed and a message that the service is temporarily
 * unavailable and nothing was changed (the transaction was rolled back). Any other request gets the "temporarily
 * unavailable" page with HTTP 503. One log line each, no stack trace: the pool has already said why. Other
 * failures go on to OmniFaces' handler (the error pages). Declared after it in faces-config.xml, so it wraps it.
 */
public class DatabaseOutageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageExceptionHandler.class.getName());

    public DatabaseOutageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = Faces.getContext();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Optional<Throwable> outage =
                    DatabaseOutage.in(events.next().getContext().getException());
            if (outage.isPresent() && answer(context)) {
                events.remove();
                LOG.warning(() ->
                        "Database unavailable, " + context.getExternalContext().getRequestServletPath() + " answered "
                                + "\"temporarily unavailable\": " + outage.get());
            }
        }
        getWrapped().handle();
    }

    /** Tells the user; false when the answer has already begun (OmniFaces' handler then does what it can). */
    private static boolean answer(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (context.getPartialViewContext().isAjaxRequest()
                && context.getViewRoot() != null
                && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            Messages.addGlobalError("error.database.unavailable");
            context.validationFailed();
            context.renderResponse();
            return true;
        }
        if (external.isResponseCommitted()) {
            return false;
        }
        try {
            external.responseReset();
            external.responseSendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    /** Installs the handler; Faces hands it the factory declared before it (OmniFaces'). */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DatabaseOutageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
