package org.clinic.gateway.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import java.util.Optional;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The span of a request's server observation ({@code http.server.requests}, which WebFlux starts before any filter
 * runs). Found through the exchange, not a thread-local: on the event loop no span is "current".
 */
public final class RequestSpans {

    private RequestSpans() {
    }

    public static Optional<Span> of(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan);
    }

    /** @return the request's trace id (32 hex digits), if it is traced */
    public static Optional<String> traceId(ServerWebExchange exchange) {
        return of(exchange).map(span -> span.context().traceId()).filter(id -> !id.isEmpty());
    }
}
