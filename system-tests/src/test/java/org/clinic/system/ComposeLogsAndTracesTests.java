package org.clinic.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The logs and traces settings an operator writes in .env reach every Spring service through docker-compose.yml, and
 * an unset one reaches none: an empty value would not be "unset" to Spring (an empty OTLP endpoint fails the start).
 */
class ComposeLogsAndTracesTests {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SPRING_SERVICES =
            List.of("booking-service", "content-service", "notification-service", "gateway");
    private static final Map<String, String> SETTINGS = Map.of(
            "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs",
            "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://otel-collector:4318/v1/traces",
            "MANAGEMENT_TRACING_SAMPLING_PROBABILITY", "1.0");

    private final ComposeFile compose = ComposeFile.read(PROJECT.resolve("docker-compose.yml"));
    /** The secrets compose insists on, as deploy/generate-env.sh writes them. */
    private final Map<String, String> generated = GeneratedDotEnv.make(PROJECT, "admin", "not-used-here");

    @Test
    void settingsInDotEnvReachEveryService() {
        Map<String, String> dotEnv = new HashMap<>(generated);
        dotEnv.putAll(SETTINGS);
        for (String service : SPRING_SERVICES) {
            assertThat(compose.environment(service, dotEnv)).as(service).containsAllEntriesOf(SETTINGS);
        }
    }

    @Test
    void withoutThemNoServiceGetsTheVariablesAtAll() {
        for (String service : SPRING_SERVICES) {
            assertThat(compose.environment(service, generated)).as(service).doesNotContainKeys(
                    SETTINGS.keySet().toArray(String[]::new));
        }
    }
}
