package org.clinic.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker compose up --scale booking-service=2 --scale notification-service=2} (README, "Several instances"),
 * checked on the compose file: two containers of one service cannot share a host port or a container name, and the
 * gateway must reach a service by its compose name, which resolves to every container of it.
 */
class ComposeScalingTests {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, Map<String, Object>> SERVICES = services();

    @ParameterizedTest
    @ValueSource(strings = {"booking-service", "content-service", "notification-service"})
    void aBackendServiceCanRunAsSeveralContainers(String service) {
        assertThat(SERVICES.get(service)).as(service).isNotNull()
                .doesNotContainKey("ports").doesNotContainKey("container_name");
    }

    @ParameterizedTest
    @CsvSource({"BOOKING_URL, booking-service", "CONTENT_URL, content-service",
            "NOTIFICATION_URL, notification-service"})
    void theGatewayFindsEachServiceByItsComposeName(String variable, String service) {
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) SERVICES.get("gateway").get("environment");

        assertThat(String.valueOf(environment.get(variable))).as(variable)
                .matches("http://" + service + ":\\d+");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
