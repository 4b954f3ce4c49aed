package lt.iunija.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Behind a reverse proxy, the request as the client made it: when the direct peer is one of
 * {@code iunija.proxy.trusted-addresses}, the client's address comes from {@code X-Forwarded-For} and the
 * scheme from {@code X-Forwarded-Proto}; anyone else's forwarding headers are ignored. Every throttle, attempt
 * record and report reads the address from here ({@code getRemoteAddr()}), and over HTTPS the browser is told
 * to use nothing else (HSTS, by {@link SecurityHeadersFilter}).
 */
public class ForwardedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private transient TrustedProxies proxies;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        proxies = TrustedProxies.of(ConfigProvider.getConfig(ForwardedRequestFilter.class.getClassLoader())
                .getOptionalValue("iunija.proxy.trusted-addresses", String.class)
                .orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String peer = request.getRemoteAddr();
        if (proxies.isEmpty() || !proxies.trusts(peer)) {
            chain.doFilter(request, response);
            return;
        }
        String client = proxies.clientAddress(peer, request.getHeader("X-Forwarded-For"));
        String proto = request.getHeader("X-Forwarded-Proto");
        boolean https = proto == null ? request.isSecure() : "https".equalsIgnoreCase(proto.strip());
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getRemoteAddr() {
                        return client;
                    }

                    @Override
                    public String getRemoteHost() {
                        return client;
                    }

                    @Override
                    public boolean isSecure() {
                        return https;
                    }

                    @Override
                    public String getScheme() {
                        return https ? "https" : "http";
                    }
                },
                response);
    }
}
