package org.clinic.gateway.routing;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A service that is down, refuses connections, or drops them is the service's failure, not the gateway's:
 * the client gets 503 instead of the 500 the raw connection error would become. Response timeouts already
 * arrive as 504 from the routing filter. What went wrong is logged here, for operators, and never sent to clients.
 */
@Component
class DownstreamFailureFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DownstreamFailureFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange)
                .doOnError(ResponseStatusException.class, error -> {
                    if (error.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
                        log.warn("Route '{}' timed out waiting for its service", routeId(exchange));
                    }
                })
                .onErrorMap(error -> !exchange.getResponse().isCommitted() && causedByIo(error), error -> {
                    log.warn("Route '{}' could not reach its service: {}", routeId(exchange), error.toString());
                    return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, null, error);
                });
    }

    /** Wraps everything after it, including the routing filter. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static String routeId(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "?" : route.getId();
    }

    private static boolean causedByIo(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ResponseStatusException) {
                return false;
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
