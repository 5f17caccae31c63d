package org.clinic.testsupport.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointTests {

    @Test
    void fillsEachPathVariableWithAWellFormedValueOfItsKind() {
        assertThat(Endpoint.of("POST /api/booking/appointments/{reference}/cancel").samplePath())
                .isEqualTo("/api/booking/appointments/ABCDEFGH/cancel");
        assertThat(Endpoint.of("DELETE /api/booking/practitioners/{practitionerId}/time-off/{timeOffId}").samplePath())
                .isEqualTo("/api/booking/practitioners/00000000-0000-4000-8000-000000000000/time-off/"
                        + "00000000-0000-4000-8000-000000000000");
        assertThat(Endpoint.of("GET /articles/{slug}").samplePath()).isEqualTo("/articles/no-such-page");
        assertThat(Endpoint.of("GET /files/{name:[a-z]+}/{*rest}").samplePath()).isEqualTo("/files/x/x");
        assertThat(Endpoint.of("GET /actuator/health/**").samplePath()).isEqualTo("/actuator/health/x");
    }

    @Test
    void readsAndWritesTheMethodAndPattern() {
        var endpoint = Endpoint.of("  PUT   /api/booking/appointment-types/{id} ");

        assertThat(endpoint).isEqualTo(new Endpoint("PUT", "/api/booking/appointment-types/{id}"));
        assertThat(endpoint).hasToString("PUT /api/booking/appointment-types/{id}");
    }
}
