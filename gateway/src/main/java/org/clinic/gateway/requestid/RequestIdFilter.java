package org.clinic.gateway.requestid;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.clinic.gateway.tracing.RequestSpans;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}, forwards it to the service and returns it to the client, so one id
 * ties a client's report to the logs of every hop. Unless the client brought its own, the id is the request's trace
 * id: every log line of every hop carries it (and so does the trace, if exported), later work caused by the request
 * too (the email it triggers). A client's own id is kept only if it is short and plain: it ends up in log lines and
 * headers downstream, where control characters or kilobytes of text do harm.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = saneOr(exchange.getRequest().getHeaders().getFirst(HEADER),
                () -> RequestSpans.traceId(exchange).orElseGet(() -> UUID.randomUUID().toString()));
        // Set at commit time, not now: a proxied service's own X-Request-Id header, or an error handler,
        // would otherwise replace or drop it.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HEADER, requestId)))
                .build();
        return chain.filter(withId);
    }

    static String saneOr(String candidate, Supplier<String> fallback) {
        return candidate != null && SANE.matcher(candidate).matches() ? candidate : fallback.get();
    }
}
