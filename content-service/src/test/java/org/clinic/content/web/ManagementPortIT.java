package org.clinic.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clinic.content.ContentApiTestSupport;
import org.clinic.testsupport.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * The public port answers only the probes (/livez, /readyz); metrics and the rest of the actuator are on the
 * management port, which compose does not publish. (Anonymous actuator paths on the public port are refused by
 * security before they are found missing, as every unlisted path is: a 401, or as for any path outside the JSON API
 * a 303 to the login page. Either way nothing is served.)
 */
class ManagementPortIT extends ContentApiTestSupport {

    @LocalManagementPort
    int managementPort;

    @ParameterizedTest
    @ValueSource(strings = {"/livez", "/readyz"})
    void probesAnswerOnThePublicPort(String probe) {
        Response response = get(probe);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/info",
            "/actuator/health", "/actuator/env", "/actuator/prometheus"})
    void theActuatorIsNotOnThePublicPort(String path) {
        Response response = get(path);

        assertThat(response.status()).as(path).isIn(303, 401, 403, 404);
        assertThat(response.body()).doesNotContain("\"names\"", "\"measurements\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/health/readiness",
            "/actuator/prometheus"})
    void theActuatorAnswersOnTheManagementPort(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path)).build();

        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
                .as(path).isEqualTo(200);
    }

    /** What the observability profile's Prometheus scrapes: the requests served, the JVM and the pool. */
    @Test
    void prometheusCountsTheRequestsThePublicPortServed() {
        assertThat(get("/api/content/articles").status()).isEqualTo(200);

        var scrape = PrometheusScrape.of(managementPort);

        assertThat(scrape.samples("http_server_requests_seconds_count", "uri", "/api/content/articles")).isNotEmpty();
        assertThat(scrape.names()).contains("http_server_requests_seconds_bucket", "jvm_memory_used_bytes",
                "hikaricp_connections_active");
    }
}
