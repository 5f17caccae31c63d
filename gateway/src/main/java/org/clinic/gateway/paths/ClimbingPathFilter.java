package org.clinic.gateway.paths;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers 404 to a path that could climb out of the route it matches. Routes are chosen by the path's literal
 * text ({@code /api/booking/**} matches {@code /api/booking/../../actuator/env}), and the path is forwarded
 * unchanged; the service's server then decodes and normalizes it into another path entirely: its actuator, or
 * pages another route guards. So the gateway refuses, before any route or page sees them, paths with a {@code .}
 * or {@code ..} segment, an encoded dot, slash or backslash, a {@code ;} (Tomcat drops {@code ;params}, so
 * {@code /desk/..;/x} is {@code /desk/../x} there), a backslash, an encoded NUL, or an encoded {@code %} (double
 * encoding, decoded once more by some server down the line). No page or API of this site has any of these in its
 * address; query strings are not paths and are left alone.
 */
@Component
class ClimbingPathFilter implements WebFilter, Ordered {

    private static final Pattern FORBIDDEN = Pattern.compile("%2e|%2f|%5c|%25|%3b|%00|;|\\\\");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (climbs(exchange.getRequest().getURI().getRawPath())) {
            // Not found rather than "bad request": nothing is there, and the answer says nothing of why.
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return chain.filter(exchange);
    }

    static boolean climbs(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        if (FORBIDDEN.matcher(rawPath.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Right after the request id, before the body limit, the pages, the login and the routes. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
