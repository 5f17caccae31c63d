package org.clinic.gateway.management;

import java.time.Duration;
import org.clinic.gateway.GatewayIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The public port answers only the probes (/livez, /readyz); metrics and the rest of the actuator are on the
 * management port, which compose does not publish.
 */
class ManagementPortIT extends GatewayIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @ParameterizedTest
    @ValueSource(strings = {"/livez", "/readyz"})
    void probesAnswerOnThePublicPort(String probe) {
        client.get().uri(probe).exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/info",
            "/actuator/health", "/actuator/health/readiness", "/actuator/env"})
    void theActuatorIsNotOnThePublicPort(String path) {
        client.get().uri(path).exchange().expectStatus().isNotFound();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/health",
            "/actuator/health/readiness"})
    void theActuatorAnswersOnTheManagementPort(String path) {
        management().get().uri(path).exchange().expectStatus().isOk();
    }

    private WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }
}
