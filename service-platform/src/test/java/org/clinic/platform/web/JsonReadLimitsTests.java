package org.clinic.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The services' JSON mapper refuses what no request of ours needs, and keeps Boot's own settings. */
class JsonReadLimitsTests {

    private final WebApplicationContextRunner service = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebAutoConfiguration.class, JacksonAutoConfiguration.class));

    @Test
    void refusesDeepNestingLongStringsLongNumbersAndLongDocuments() {
        service.run(context -> {
            JsonMapper json = context.getBean(JsonMapper.class);

            // Jackson's own limit is 500 levels: 100 would be read without ours.
            assertThatThrownBy(() -> json.readTree("[".repeat(100) + "]".repeat(100)))
                    .isInstanceOf(StreamConstraintsException.class);
            assertThatThrownBy(() -> json.readTree("{\"a\": \"" + "x".repeat(100_000) + "\"}"))
                    .isInstanceOf(StreamConstraintsException.class);
            assertThatThrownBy(() -> json.readTree("{\"n\": " + "9".repeat(1000) + "}"))
                    .isInstanceOf(StreamConstraintsException.class);
            assertThatThrownBy(() -> json.readTree("[" + "1,".repeat(600_000) + "1]"))
                    .isInstanceOf(StreamConstraintsException.class);
            assertThat(json.readTree("{\"patient\": {\"name\": \"" + "x".repeat(5000) + "\"}, \"n\": 12.5}")
                    .get("n").asDouble()).isEqualTo(12.5);
        });
    }

    @Test
    void theLimitsAreSettingsAndBootsJacksonSettingsStillApply() {
        service.withPropertyValues("clinic.json.read.max-nesting-depth=3",
                "spring.jackson.deserialization.fail-on-null-for-primitives=true").run(context -> {
            JsonMapper json = context.getBean(JsonMapper.class);

            assertThat(json.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(3);
            assertThat(json.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).isTrue();
            assertThatThrownBy(() -> json.readTree("[[[[1]]]]")).isInstanceOf(StreamConstraintsException.class);
        });
    }
}
