package org.clinic.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** What every service's web layer shares beyond its own advice. */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(JsonReadLimits.class)
public class WebAutoConfiguration {

    @Bean
    UnroutedRequestAdvice unroutedRequestAdvice() {
        return new UnroutedRequestAdvice();
    }

    @Bean
    DatabaseUnavailableAdvice databaseUnavailableAdvice() {
        return new DatabaseUnavailableAdvice();
    }

    /**
     * Boot's own JSON mapper builder (which Boot then backs off from), on a JSON factory with {@link JsonReadLimits}.
     * Not a {@link JsonMapperBuilderCustomizer}: read limits belong to the factory, which a builder cannot swap
     * (Boot 4.0). Boot's customizers, {@code spring.jackson.*} included, still apply, in their order. The mapper
     * built from this is the one the HTTP message converters and everything else in the service read JSON with.
     */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder limitedJsonMapperBuilder(JsonReadLimits limits,
            ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(limits.constraints()).build());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
