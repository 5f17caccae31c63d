package org.clinic.gateway.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.clinic.theme.ThemeAssets;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.resource.ResourceUrlProvider;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Makes {@code th:href="@{/assets/site.css}"} in the gateway's pages come out as {@code /assets/site-<hash>.css},
 * the name the gateway serves with a year-long cache. The servlet services do this with ResourceUrlEncodingFilter;
 * WebFlux has no such filter, and Thymeleaf's reactive link builder calls the exchange's synchronous
 * {@code transformUrl}, while {@link ResourceUrlProvider} answers asynchronously. So the theme's few files are
 * resolved once, on the first page request, and links are then looked up in that map. The files live in a jar and
 * cannot change while the gateway runs, so the map never goes stale.
 */
@Component
class HashedAssetLinks implements WebFilter {

    private final ResourceUrlProvider assets;
    private final List<String> themeUrls;
    private final AtomicReference<Map<String, String>> hashedByPlain = new AtomicReference<>();

    HashedAssetLinks(ResourceUrlProvider assets) {
        this.assets = assets;
        this.themeUrls = themeFiles().stream().map(name -> ThemeAssets.PATH + name).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        // Only requests the gateway may answer with a page of its own; proxied API calls and assets render nothing.
        // The API's documentation is the one page under /api/.
        if ((path.startsWith("/api/") && !path.equals(GatewayPages.API_DOCS)) || path.startsWith(ThemeAssets.PATH)) {
            return chain.filter(exchange);
        }
        return links(exchange).flatMap(links -> {
            exchange.addUrlTransformer(url -> links.getOrDefault(url, url));
            return chain.filter(exchange);
        });
    }

    private Mono<Map<String, String>> links(ServerWebExchange exchange) {
        Map<String, String> known = hashedByPlain.get();
        if (known != null) {
            return Mono.just(known);
        }
        return Flux.fromIterable(themeUrls)
                .flatMap(url -> assets.getForUriString(url, exchange).map(hashed -> Map.entry(url, hashed)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(Map::copyOf)
                .doOnNext(hashedByPlain::set);
    }

    private static List<String> themeFiles() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(ThemeAssets.THEME_LOCATION + "*");
            return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .filter(name -> name.contains(".")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
