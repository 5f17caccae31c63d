package org.clinic.gateway.pages;

import java.util.Set;
import org.springframework.web.server.ServerWebExchange;

/**
 * The pages the gateway renders itself, rather than proxying to the service that owns them (ARCHITECTURE.md,
 * "Web layer"). Only these get the gateway's page caching and referrer headers and its cross-site form check:
 * proxied pages get both from their own service, and the JSON API keeps its own rules. (The security headers every
 * answer gets, pages or not, are the headers package's business.)
 */
public final class GatewayPages {

    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    private static final Set<String> PATHS = Set.of(LOGIN, LOGOUT);

    private GatewayPages() {
    }

    static boolean isGatewayPage(ServerWebExchange exchange) {
        return PATHS.contains(exchange.getRequest().getPath().pathWithinApplication().value());
    }
}
