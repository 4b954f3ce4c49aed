package lt.iunija.simulator;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import lt.iunija.routing.RouteResolver;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;

/**
 * Registers the simulator's addresses when the simulator is on, and none otherwise: its RP API at
 * {@code /smart-id-rp/v2/}, its phone page at {@code /smart-id-simulator/} and its CA certificate at
 * {@code /smart-id-simulator/ca.pem}. In production these paths do not exist.
 */
@WebListener
public class SimulatorRegistration implements ServletContextListener {

    /** Where the RP API answers, below the context root, as SK's service answers below its host. */
    static final String RP_API_PATH = "smart-id-rp";

    static final String CA_PATH = "/smart-id-simulator/ca.pem";

    private static final Logger LOG = Logger.getLogger(SimulatorRegistration.class.getName());

    @Inject
    SimulatorSwitch simulator;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!simulator.isOn()) {
            return;
        }
        ServletContext context = event.getServletContext();
        ServletRegistration.Dynamic rpApi = context.addServlet("smart-id-simulator-rp-api", ServletContainer.class);
        rpApi.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, RpApiApplication.class.getName());
        rpApi.setAsyncSupported(true);
        // Started with the application: Payara Micro lists every Jersey servlet's endpoints at boot, and fails
        // its boot on one that has not been initialised yet.
        rpApi.setLoadOnStartup(1);
        rpApi.addMapping("/" + RP_API_PATH + "/*");
        context.addServlet("smart-id-simulator-phone", PhoneServlet.class).addMapping(RouteResolver.PHONE_PATH);
        context.addServlet("smart-id-simulator-ca", CaCertificateServlet.class).addMapping(CA_PATH);
        context.addListener(LocalServer.Learner.class);
        LOG.info(() -> "Smart-ID simulator registered at /" + RP_API_PATH + "/ and " + RouteResolver.PHONE_PATH);
    }
}
