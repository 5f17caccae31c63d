package org.clinic.gateway.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.clinic.theme.SiteIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.resource.ResourceUrlProvider;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The error page a browser gets when the gateway itself answers a page address: a path no service has, or a
 * service that is down. Same look as the services' error pages (the theme's stylesheet under its hashed name), so a
 * patient who mistyped a link or came during an outage still sees the clinic and its phone number, not JSON.
 */
@Component
class HtmlErrorPage {

    private static final String STYLESHEET = "/assets/site.css";

    private final String template;
    private final ResourceUrlProvider assets;
    private final String clinic;
    private final String phone;
    private final String phoneHref;

    HtmlErrorPage(ResourceUrlProvider assets, @Value("${clinic.site.name}") String clinic,
            @Value("${clinic.site.phone}") String phone) {
        this.assets = assets;
        this.clinic = HtmlUtils.htmlEscape(clinic);
        this.phone = HtmlUtils.htmlEscape(phone);
        this.phoneHref = SiteIdentity.phoneHref(phone);
        try {
            this.template = new ClassPathResource("pages/error.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser asking for a page (not the JSON API) gets HTML; everything else keeps problem+json. */
    static boolean wanted(ServerWebExchange exchange) {
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            return false;
        }
        return exchange.getRequest().getHeaders().getAccept().stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }

    Mono<String> render(ServerWebExchange exchange, HttpStatusCode status) {
        String title = status.value() == 404 ? "We can't find that page"
                : status.is5xxServerError() ? "This page is unavailable right now"
                : "We could not handle that request";
        String message = status.value() == 404 ? "The address may be mistyped, or the page may have moved."
                : status.is5xxServerError() ? "Part of our site is not answering. Please try again in a minute."
                : "Something in the link or the form was not what we expected. Please go back and try again.";
        return assets.getForUriString(STYLESHEET, exchange).defaultIfEmpty(STYLESHEET)
                .map(stylesheet -> template
                        .replace("{{title}}", title)
                        .replace("{{message}}", message)
                        .replace("{{stylesheet}}", stylesheet)
                        .replace("{{clinic}}", clinic)
                        .replace("{{phoneHref}}", phoneHref)
                        .replace("{{phone}}", phone));
    }
}
