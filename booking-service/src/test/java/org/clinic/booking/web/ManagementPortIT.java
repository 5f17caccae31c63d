package org.clinic.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TestHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * The public port answers only the probes (/livez, /readyz); metrics and the rest of the actuator are on the
 * management port, which compose does not publish. (Anonymous actuator paths on the public port are refused by
 * security before they are found missing, as every unlisted path is: a 401, or as for any path outside the JSON API
 * a 303 to the login page. Either way nothing is served.)
 */
class ManagementPortIT extends BookingIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @ParameterizedTest
    @ValueSource(strings = {"/livez", "/readyz"})
    void probesAnswerOnThePublicPort(String probe) {
        TestHttp.Response response = http.get(probe);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/info",
            "/actuator/health", "/actuator/env", "/actuator/prometheus"})
    void theActuatorIsNotOnThePublicPort(String path) {
        TestHttp.Response response = http.get(path);

        assertThat(response.status()).as(path).isIn(303, 401, 403, 404);
        assertThat(response.body()).doesNotContain("\"names\"", "\"measurements\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/health/readiness",
            "/actuator/prometheus"})
    void theActuatorAnswersOnTheManagementPort(String path) {
        assertThat(new TestHttp("http://localhost:" + managementPort).get(path).status()).as(path).isEqualTo(200);
    }
}
