package lt.iunija.routing;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes the public pages stateless views: the union picker, the union pages whose {@link UnionPage.State} is
 * {@code NONE} (login page, memo, report form) and the error pages. Reading them creates no HTTP session and
 * keeps no view state, so any number of first visits cost the server nothing after the answer.
 * <p>
 * Decided when Faces creates the view, before anything of it runs: PrimeFaces puts its script nonce into the map
 * of any view not yet marked stateless at that moment, and a view map alone makes Faces create a session.
 */
public class StatelessViews extends ViewHandlerWrapper {

    static final String ERROR_PAGES = "/WEB-INF/errorpages/";

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isStateless(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    static boolean isStateless(String viewId) {
        if (viewId == null) {
            return false;
        }
        return RouteResolver.PICKER_VIEW.equals(viewId)
                || viewId.startsWith(ERROR_PAGES)
                || UnionPage.byViewId(viewId)
                        .filter(page -> page.state() == UnionPage.State.NONE)
                        .isPresent();
    }
}
