package lt.iunija.simulator;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lt.iunija.routing.RouteResolver;
import lt.iunija.routing.UnionRoutingFilter;

/**
 * The phone page's address, {@code /smart-id-simulator/} (registered by {@link SimulatorRegistration}): hands
 * the request to the Faces view, which is never addressed directly, for clients the simulator admits.
 */
public class PhoneServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SimulatorSwitch simulator;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!simulator.admits(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        UnionRoutingFilter.forwardOutsideUnions(request, response, RouteResolver.PHONE_VIEW);
    }
}
