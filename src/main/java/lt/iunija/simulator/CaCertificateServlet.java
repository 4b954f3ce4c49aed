package lt.iunija.simulator;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the simulator's test CA certificate, which clients of the simulator must trust (registered by
 * {@link SimulatorRegistration}).
 */
public class CaCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SimulatorSwitch simulator;

    @Inject
    SimulatorSessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!simulator.admits(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/x-pem-file");
        response.setCharacterEncoding(StandardCharsets.US_ASCII.name());
        response.getWriter().write(sessions.ca().certificatePem());
    }
}
