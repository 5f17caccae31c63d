package org.clinic.gateway.pages;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The page headers the services' pages get from Spring Security besides the security headers every answer gets
 * (headers package), for the pages the gateway renders itself. The sign-in page is never cached: it may show who is
 * signed in, and a shared desk computer's back button must not replay it.
 */
@Component
class PageHeadersFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (GatewayPages.isGatewayPage(exchange)) {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.setCacheControl("no-store");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        }
        return chain.filter(exchange);
    }
}
