package org.clinic.gateway.headers;

import org.clinic.theme.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The security headers on every answer that leaves the gateway: its own pages, its problems and error pages (404,
 * 413, 502, 503...), its assets, and whatever a service answered. Set at commit time, when the answer's type is
 * known and nothing can replace them any more.
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} and {@code X-Frame-Options: DENY} (older browsers' framing guard).
 * <li>{@code Content-Security-Policy}: a page keeps the policy its renderer chose (the services' and the error
 *     pages' are at least as strict as the site's page policy), else it gets that policy; JSON always gets the
 *     policy of things that are not pages, as does anything else that arrives without one.
 * <li>{@code Strict-Transport-Security} only when the site is served over https ({@code CLINIC_COOKIE_SECURE}):
 *     over plain http browsers ignore it, and the local run must stay reachable there.
 * </ul>
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    private final boolean https;

    SecurityHeadersFilter(@Value("${clinic.auth.cookie-secure:false}") boolean https) {
        this.https = https;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            apply(exchange.getResponse().getHeaders());
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private void apply(HttpHeaders headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.containsHeader("X-Frame-Options")) {
            headers.set("X-Frame-Options", "DENY");
        }
        MediaType type = contentType(headers);
        boolean page = type != null && (type.isCompatibleWith(MediaType.TEXT_HTML)
                || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML));
        if (page) {
            if (!headers.containsHeader(CONTENT_SECURITY_POLICY)) {
                headers.set(CONTENT_SECURITY_POLICY, SecurityHeaders.PAGE_POLICY);
            }
        } else if (isJson(type) || !headers.containsHeader(CONTENT_SECURITY_POLICY)) {
            // Not for a typeless answer that has a policy: a 304 carries its page's policy, and the browser would
            // store a replacement with the cached page.
            headers.set(CONTENT_SECURITY_POLICY, SecurityHeaders.NON_PAGE_POLICY);
        }
        if (https) {
            headers.set("Strict-Transport-Security", SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        }
    }

    private static MediaType contentType(HttpHeaders headers) {
        try {
            return headers.getContentType();
        } catch (InvalidMediaTypeException unreadable) {
            return null;
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    /** Right after the request id, so that even a refusal by the first filters leaves with these headers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
