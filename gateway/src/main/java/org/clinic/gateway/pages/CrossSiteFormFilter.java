package org.clinic.gateway.pages;

import java.net.URI;
import java.util.Set;
import org.clinic.theme.SiteIdentity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a post to the gateway's own forms (sign in, sign out) that another site made the browser send: the
 * WebFlux twin of web-theme's servlet {@code CrossSiteFormFilter}. Without it a hostile page could sign a desk
 * computer into the attacker's account (login CSRF) or sign staff out mid-shift. Browsers label every request with
 * {@code Sec-Fetch-Site}, and only {@code same-origin} (or {@code none}, typed by the user) may post; a browser too
 * old for that header sends {@code Origin} on a POST, which must then be this site. Proxied routes are left alone:
 * each service checks its own forms. The refusal is a 403 that the error handler shows as the site's error page.
 */
@Component
class CrossSiteFormFilter implements WebFilter {

    private static final Set<String> ALLOWED_FETCH_SITES = Set.of("same-origin", "none");

    private final String publicOrigin;

    CrossSiteFormFilter(SiteIdentity site) {
        URI base = URI.create(site.publicBaseUrl());
        this.publicOrigin = base.getScheme() + "://" + base.getRawAuthority();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (HttpMethod.POST.equals(request.getMethod()) && GatewayPages.isGatewayPage(exchange)
                && !fromThisSite(request)) {
            return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "Cross-site form post refused."));
        }
        return chain.filter(exchange);
    }

    private boolean fromThisSite(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        String fetchSite = headers.getFirst("Sec-Fetch-Site");
        if (fetchSite != null) {
            return ALLOWED_FETCH_SITES.contains(fetchSite);
        }
        String origin = headers.getOrigin();
        return origin == null || origin.equals(publicOrigin) || origin.equals(requestOrigin(request));
    }

    /** The origin the browser reached us at, for a gateway addressed by another name than the public one. */
    private static String requestOrigin(ServerHttpRequest request) {
        return request.getURI().getScheme() + "://" + request.getHeaders().getFirst(HttpHeaders.HOST);
    }
}
