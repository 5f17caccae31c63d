package org.clinic.gateway.apidocs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches the services' OpenAPI documents through this gateway's own port: the same routes, instances and headers
 * as any client gets, whatever the routing becomes, and without knowing where the services run. Each document is
 * kept for a while; one that cannot be fetched is not kept, and its part of the page says it is unavailable.
 */
@Component
class ApiDocuments {

    private static final Logger log = LoggerFactory.getLogger(ApiDocuments.class);
    /** Documents are ~100 kB; a bigger answer is not one of ours. */
    private static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

    private final ApiDocsProperties properties;
    private final JsonMapper json;
    private final Map<String, Mono<ApiDocument>> cached = new ConcurrentHashMap<>();
    private volatile WebClient gateway;

    ApiDocuments(ApiDocsProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    /** The public port, once it is known (the management server has a namespace of its own). */
    @EventListener
    void serving(ReactiveWebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            gateway = WebClient.builder()
                    .baseUrl("http://127.0.0.1:" + event.getWebServer().getPort())
                    .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_DOCUMENT_BYTES))
                    .build();
        }
    }

    /** Every configured document, in order, each read or unavailable. */
    Mono<List<ApiDocument>> all() {
        // All at once, answers kept in the configured order: the page waits for the slowest, not for their sum.
        return Flux.fromIterable(properties.documents())
                .flatMapSequential(source -> cached.computeIfAbsent(source.path(), path -> fetch(source)))
                .collectList();
    }

    private Mono<ApiDocument> fetch(ApiDocsProperties.Source source) {
        Duration keepFor = properties.keepFor();
        return Mono.defer(() -> gateway.get().uri(source.path()).accept(MediaType.APPLICATION_JSON)
                        .retrieve().bodyToMono(String.class))
                .timeout(properties.timeout())
                .map(body -> ApiDocument.read(source, json.readTree(body)))
                .onErrorResume(failure -> {
                    log.warn("API document {} unavailable: {}", source.path(), failure.toString());
                    return Mono.just(ApiDocument.unavailable(source));
                })
                .cache(document -> document.available() ? keepFor : Duration.ZERO,
                        failure -> Duration.ZERO, () -> Duration.ZERO);
    }
}
