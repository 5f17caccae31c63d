package org.clinic.gateway.routing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.clinic.gateway.auth.AuthProperties;
import org.clinic.gateway.auth.SessionCookie;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Browsers authenticate with the session cookie; services understand only {@code Authorization: Bearer}.
 * On proxied requests the cookie's token becomes the bearer token (unless the client sent its own Authorization),
 * and the cookie itself is removed from what goes downstream: services need no cookies, and a token should travel
 * in one place only. Nothing is verified here: each service verifies the token itself, so a request that reaches a
 * service some other way gains nothing, and the gateway adds no header a service would have to trust.
 */
@Component
class SessionCookieRelayFilter implements GlobalFilter, Ordered {

    private final boolean secureCookie;

    SessionCookieRelayFilter(AuthProperties auth) {
        this.secureCookie = auth.cookieSecure();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        if (!incoming.containsHeader(HttpHeaders.COOKIE)) {
            return chain.filter(exchange);
        }
        var token = SessionCookie.tokenFrom(exchange.getRequest(), secureCookie)
                .filter(t -> !incoming.containsHeader(HttpHeaders.AUTHORIZATION));
        List<String> otherCookies = withoutSessionCookie(incoming.getOrEmpty(HttpHeaders.COOKIE));
        ServerWebExchange relayed = exchange.mutate().request(request -> request.headers(headers -> {
            token.ifPresent(headers::setBearerAuth);
            if (otherCookies.isEmpty()) {
                headers.remove(HttpHeaders.COOKIE);
            } else {
                headers.put(HttpHeaders.COOKIE, otherCookies);
            }
        })).build();
        return chain.filter(relayed);
    }

    /** Before the routing filter (lowest precedence) sends the headers. */
    @Override
    public int getOrder() {
        return 0;
    }

    static List<String> withoutSessionCookie(List<String> cookieHeaders) {
        String kept = cookieHeaders.stream()
                .flatMap(header -> Arrays.stream(header.split(";")))
                .map(String::trim)
                .filter(pair -> !pair.isEmpty() && !SessionCookie.isSessionCookie(cookieName(pair)))
                .collect(Collectors.joining("; "));
        return kept.isEmpty() ? List.of() : List.of(kept);
    }

    private static String cookieName(String pair) {
        int eq = pair.indexOf('=');
        return (eq < 0 ? pair : pair.substring(0, eq)).trim();
    }
}
