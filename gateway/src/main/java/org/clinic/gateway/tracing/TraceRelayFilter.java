package org.clinic.gateway.tracing;

import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes the service's span a child of the gateway's: the request goes on with the {@code traceparent} of the
 * gateway's server span (in place of one the client sent, whose trace that span already continues). This is the one
 * piece of Spring Cloud Gateway's observability the trace needs; the rest (a second, client-side observation of
 * every proxied request) stays off for its CPU cost (application.yml).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TraceRelayFilter implements WebFilter {

    private final Propagator propagator;

    /** Without tracing (switched off, or a test slice) there is nothing to relay. */
    TraceRelayFilter(ObjectProvider<Propagator> propagator) {
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return RequestSpans.of(exchange)
                .map(span -> exchange.mutate().request(request -> request.headers(
                        headers -> propagator.inject(span.context(), headers, HttpHeaders::set))).build())
                .map(chain::filter)
                .orElseGet(() -> chain.filter(exchange));
    }
}
