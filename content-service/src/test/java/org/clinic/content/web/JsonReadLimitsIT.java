package org.clinic.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clinic.content.ContentApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.ObjectMapper;

/**
 * The editors' JSON bodies are read with the read limits of service-platform's {@code JsonReadLimits}, since they
 * sit in the mapper Spring MVC reads request bodies with. Beyond them a body is unreadable, which the service answers
 * with a 400 problem (naming the field where it can: {@code BadInputIT}); bodies larger than the whole-document
 * limit are refused with 413 before they are read ({@code JsonBodyLimit}).
 */
class JsonReadLimitsIT extends ContentApiTestSupport {

    @Autowired
    RequestMappingHandlerAdapter mvc;

    @Test
    void theMapperThatReadsRequestBodiesRefusesDeepNestingAndLongStrings() {
        List<ObjectMapper> mappers = mvc.getMessageConverters().stream()
                .filter(AbstractJacksonHttpMessageConverter.class::isInstance)
                .map(c -> (ObjectMapper) ((AbstractJacksonHttpMessageConverter<?>) c).getMapper()).toList();

        assertThat(mappers).isNotEmpty().allSatisfy(json -> {
            assertThat(json.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(64);
            assertThatThrownBy(() -> json.readTree("[".repeat(2000) + "]".repeat(2000)))
                    .isInstanceOf(StreamConstraintsException.class);
            // Within Jackson's default of 500 levels, beyond ours.
            assertThatThrownBy(() -> json.readTree("[".repeat(100) + "]".repeat(100)))
                    .isInstanceOf(StreamConstraintsException.class);
            assertThatThrownBy(() -> json.readTree("{\"a\": \"" + "x".repeat(100_000) + "\"}"))
                    .isInstanceOf(StreamConstraintsException.class);
        });
    }
}
