package org.clinic.gateway.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit (64 kB by default: the largest real body, a booking or an hours form, is a
 * few kB) before anything reads them, here or in a service: 413 when the declared length is too large, 411 when a
 * body comes without a declared length (chunked), since its size would only be known after it had been forwarded.
 * Browsers and HTTP clients declare the length of every form and JSON body they send.
 */
@Component
class RequestBodyLimit implements WebFilter, Ordered {

    private final long maxBytes;

    RequestBodyLimit(@Value("${CLINIC_MAX_REQUEST_BODY:64KB}") DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        if (length > maxBytes) {
            return Mono.error(refused(HttpStatus.CONTENT_TOO_LARGE,
                    "Request bodies may be at most " + maxBytes / 1024 + " kB."));
        }
        if (length < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return Mono.error(refused(HttpStatus.LENGTH_REQUIRED, "Send the body with a Content-Length."));
        }
        return chain.filter(exchange);
    }

    /** Before everything else: the login form, the routes and the error pages all come after this. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private static ErrorResponseException refused(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
