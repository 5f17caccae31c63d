package org.clinic.gateway.pages;

import java.util.List;
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
    /** A staff member's own password. */
    public static final String ACCOUNT_PASSWORD = "/account/password";
    /** Staff accounts, for admins; its pages are under it ({@code /admin/staff/{username}}, ...). */
    public static final String ADMIN_STAFF = "/admin/staff";
    /** The HTTP API's documentation, rendered from the services' OpenAPI documents. */
    public static final String API_DOCS = "/api/docs";
    private static final Set<String> PATHS = Set.of(LOGIN, LOGOUT, API_DOCS);
    /** Every page under these is the gateway's own (API.md: {@code /admin/**} are the staff account pages). */
    private static final List<String> PREFIXES = List.of("/admin/", "/account/");

    private GatewayPages() {
    }

    static boolean isGatewayPage(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return PATHS.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
    }
}
