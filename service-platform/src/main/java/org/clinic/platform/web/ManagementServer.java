package org.clinic.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Whether a request came in on the actuator's own port ({@code management.server.port}, env MANAGEMENT_PORT), which
 * compose never publishes. The services' security rules leave that port to whoever can reach it (the operator's
 * network) and deny by default on the public one. The same security filter chain serves both ports; the management
 * port is told apart by its server context, a child context in the {@value #NAMESPACE} namespace.
 */
public final class ManagementServer {

    public static final String NAMESPACE = "management";

    private ManagementServer() {
    }

    /** Usable as a security {@code RequestMatcher}: {@code requestMatchers(ManagementServer::handles)}. */
    public static boolean handles(HttpServletRequest request) {
        WebApplicationContext context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return context != null && WebServerApplicationContext.hasServerNamespace(context, NAMESPACE);
    }
}
