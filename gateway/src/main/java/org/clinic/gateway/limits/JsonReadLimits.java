package org.clinic.gateway.limits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read limits for the JSON the gateway itself parses (the login, and whatever else its own controllers take), the
 * same as the services' ({@code JsonReadLimits} in service-platform, which the gateway does not depend on): beyond
 * them a body is unreadable, which WebFlux answers with a 400 problem ({@code ProblemErrorHandler}). Boot's WebFlux
 * codecs decode with the mapper built from this builder; proxied bodies are never parsed here at all.
 */
@Configuration(proxyBeanMethods = false)
class JsonReadLimits {

    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(64 * 1024)
            .maxDocumentLength(1024 * 1024)
            .maxNumberLength(100)
            .maxNameLength(1000)
            .build();

    /**
     * Boot's own builder (which then backs off), on a factory with {@link #LIMITS}: a customizer cannot set read
     * limits, which belong to the factory. Boot's customizers ({@code spring.jackson.*}) still apply, in order.
     */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder limitedJsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
