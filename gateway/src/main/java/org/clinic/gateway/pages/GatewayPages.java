package org.clinic.gateway.pages;

import java.util.Set;
import org.springframework.web.server.ServerWebExchange;

/**
 * The pages the gateway renders itself, rather than proxying to the service that owns them (ARCHITECTURE.md,
 * "Web layer"). Only these get the gateway's page headers and its cross-site form check: proxied pages get both
 * from their own service, and the JSON API keeps its own rules.
 */
public final class GatewayPages {

    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    private static final Set<String> PATHS = Set.of(LOGIN, LOGOUT);

    /**
     * The services' page policy, copied from service-platform's {@code StaffSecurity.CONTENT_SECURITY_POLICY}
     * (the gateway does not depend on service-platform): scripts and styles from this site's files only, never
     * inline, and no framing. Keep the two in step.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private GatewayPages() {
    }

    static boolean isGatewayPage(ServerWebExchange exchange) {
        return PATHS.contains(exchange.getRequest().getPath().pathWithinApplication().value());
    }
}
