package org.clinic.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clinic.notification.NotificationIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public port answers only the probes (/livez, /readyz); metrics and the rest of the actuator are on the
 * management port, which compose does not publish. (Anonymous actuator paths on the public port are refused by
 * security before they are found missing, as every unlisted path is: a 401, or as for any path outside the JSON API
 * a 303 to the login page. Either way nothing is served.)
 */
class ManagementPortIT extends NotificationIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @ParameterizedTest
    @ValueSource(strings = {"/livez", "/readyz"})
    void probesAnswerOnThePublicPort(String probe) throws Exception {
        HttpResponse<String> response = get(port, probe);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/info",
            "/actuator/health", "/actuator/env", "/actuator/prometheus"})
    void theActuatorIsNotOnThePublicPort(String path) throws Exception {
        HttpResponse<String> response = get(port, path);

        assertThat(response.statusCode()).as(path).isIn(303, 401, 403, 404);
        assertThat(response.body()).doesNotContain("\"names\"", "\"measurements\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/health/readiness",
            "/actuator/prometheus"})
    void theActuatorAnswersOnTheManagementPort(String path) throws Exception {
        assertThat(get(managementPort, path).statusCode()).as(path).isEqualTo(200);
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
