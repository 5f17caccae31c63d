package org.clinic.gateway.errors;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the gateway itself answers becomes RFC 9457 problem+json: unknown paths, bad login bodies,
 * missing sessions, services that are down. Ordered before Boot's default handler, which would render
 * its own JSON shape. Client errors keep Spring's client-facing detail; server-side failures get a fixed,
 * neutral sentence, because exception messages there name hosts, ports and classes.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final JsonMapper json;
    private final HtmlErrorPage htmlPage;

    ProblemErrorHandler(JsonMapper json, HtmlErrorPage htmlPage) {
        this.json = json;
        this.htmlPage = htmlPage;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status = error instanceof ErrorResponse e ? e.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.value() == 500) {
            log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        }
        if (HtmlErrorPage.wanted(exchange)) {
            return page(exchange, status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status.value());
        problem.put("detail", detail(status, error));
        problem.put("instance", exchange.getRequest().getPath().value());
        if (error instanceof WebExchangeBindException binding) {
            problem.put("errors", binding.getFieldErrors().stream()
                    .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                    .toList());
        }
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        if (error instanceof ErrorResponse e && status.is4xxClientError()) {
            e.getHeaders().forEach(headers::put);
        }
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setCacheControl("no-store");
        byte[] body = json.writeValueAsBytes(problem);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private Mono<Void> page(ServerWebExchange exchange, HttpStatusCode status) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.parseMediaType("text/html;charset=UTF-8"));
        headers.setCacheControl("no-store");
        // Content-Security-Policy and nosniff come with every answer (headers.SecurityHeadersFilter).
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        return htmlPage.render(exchange, status).flatMap(html -> response.writeWith(
                Mono.just(response.bufferFactory().wrap(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }

    private static String detail(HttpStatusCode status, Throwable error) {
        return switch (status.value()) {
            case 404 -> "Nothing is found at this address.";
            case 502, 503 -> "A service is temporarily unavailable. Please try again shortly.";
            case 504 -> "A service did not answer in time. Please try again shortly.";
            default -> status.is4xxClientError() && error instanceof ErrorResponse e && e.getBody().getDetail() != null
                    ? e.getBody().getDetail()
                    : status.is4xxClientError() ? title(status) + "." : "An unexpected error occurred.";
        };
    }
}
