package org.clinic.gateway.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinic.gateway.auth.SessionCookie;
import org.clinic.gateway.auth.StaffSessions;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Services trust only access tokens, and only the gateway mints them. For each proxied request: a live staff
 * session (an API client's {@code Authorization: Bearer} session token, else the browser's session cookie) becomes
 * {@code Authorization: Bearer <access token>}; any other Authorization the client sent (an access token, an old
 * HS256 token, a forged or expired one, Basic credentials) is dropped, so the service sees an anonymous request and
 * answers 401 or sends the browser to sign in. The session cookie never goes downstream: services need no cookies,
 * and a session token is the gateway's alone.
 */
@Component
class SessionCookieRelayFilter implements GlobalFilter, Ordered {

    private final StaffSessions sessions;

    SessionCookieRelayFilter(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        if (!incoming.containsHeader(HttpHeaders.COOKIE) && !incoming.containsHeader(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        return sessions.accessTokenFor(exchange.getRequest())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(accessToken -> chain.filter(relayed(exchange, accessToken)));
    }

    private static ServerWebExchange relayed(ServerWebExchange exchange, Optional<String> accessToken) {
        List<String> otherCookies = withoutSessionCookie(exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.COOKIE));
        return exchange.mutate().request(request -> request.headers(headers -> {
            headers.remove(HttpHeaders.AUTHORIZATION);
            accessToken.ifPresent(headers::setBearerAuth);
            if (otherCookies.isEmpty()) {
                headers.remove(HttpHeaders.COOKIE);
            } else {
                headers.put(HttpHeaders.COOKIE, otherCookies);
            }
        })).build();
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
