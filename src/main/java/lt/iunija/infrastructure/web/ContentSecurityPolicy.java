package lt.iunija.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The one Content-Security-Policy of the portal: nothing from third-party origins, no framing. It ends with
 * {@code script-src} because PrimeFaces appends its per-request nonce to the last directive
 * ({@code primefaces.CSP_POLICY} in web.xml reads it from here).
 */
@Named("contentSecurityPolicy")
@ApplicationScoped
public class ContentSecurityPolicy {

    public static final String POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    public String getPolicy() {
        return POLICY;
    }
}
