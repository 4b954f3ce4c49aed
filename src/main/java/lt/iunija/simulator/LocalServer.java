package lt.iunija.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;

/**
 * This server's own loopback address (port and context path), learned from the first request it serves.
 * The built-in simulator is reached there over HTTP, exactly like a remote Smart-ID service.
 */
@ApplicationScoped
public class LocalServer {

    private final AtomicReference<String> baseUrl = new AtomicReference<>();

    /** {@code http://127.0.0.1:<port><context>/}, once any request has arrived. */
    public String baseUrl() {
        String url = baseUrl.get();
        if (url == null) {
            throw new IllegalStateException("the server's own address is not known before its first request");
        }
        return url;
    }

    void learn(int localPort, String contextPath) {
        if (baseUrl.get() == null) {
            baseUrl.compareAndSet(null, "http://127.0.0.1:" + localPort + contextPath + "/");
        }
    }

    /** Feeds every request's local address to {@link LocalServer} until it knows it (registered only while the simulator is on). */
    public static class Learner implements ServletRequestListener {

        @Inject
        LocalServer server;

        @Override
        public void requestInitialized(ServletRequestEvent event) {
            if (server.baseUrl.get() == null && event.getServletRequest() instanceof HttpServletRequest request) {
                server.learn(request.getLocalPort(), request.getContextPath());
            }
        }
    }
}
