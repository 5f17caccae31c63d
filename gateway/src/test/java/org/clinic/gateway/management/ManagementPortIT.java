package org.clinic.gateway.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.testsupport.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;
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
            "/actuator/health", "/actuator/health/readiness", "/actuator/env", "/actuator/prometheus"})
    void theActuatorIsNotOnThePublicPort(String path) {
        client.get().uri(path).exchange().expectStatus().isNotFound();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/health",
            "/actuator/health/readiness", "/actuator/prometheus"})
    void theActuatorAnswersOnTheManagementPort(String path) {
        management().get().uri(path).exchange().expectStatus().isOk();
    }

    /** What the observability profile's Prometheus scrapes: the requests served and the JVM. */
    @Test
    void prometheusCountsTheRequestsThePublicPortServed() {
        client.get().uri("/livez").exchange().expectStatus().isOk();

        var scrape = PrometheusScrape.of(managementPort);

        assertThat(scrape.names()).contains("http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "jvm_memory_used_bytes");
    }

    private WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }
}
