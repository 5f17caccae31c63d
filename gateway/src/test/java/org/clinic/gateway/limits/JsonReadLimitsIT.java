package org.clinic.gateway.limits;

import org.clinic.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** JSON the gateway reads itself, within the 64 kB body limit but beyond its read limits: a 400 problem, not a 500. */
class JsonReadLimitsIT extends GatewayIntegrationTest {

    @Test
    void aDeeplyNestedLoginIsA400Problem() {
        login("{\"username\":\"desk\",\"password\":\"wrong\",\"unread\":" + "[".repeat(2000) + "]".repeat(2000) + "}");
        // Within Jackson's default of 500 levels, beyond ours: otherwise read past, and checked as a login.
        login("{\"username\":\"desk\",\"password\":\"wrong\",\"unread\":" + "[".repeat(100) + "]".repeat(100) + "}");
    }

    @Test
    void aNumberWithAThousandDigitsIsA400Problem() {
        login("{\"username\":\"desk\",\"password\":\"wrong\",\"unread\":" + "9".repeat(1000) + "}");
    }

    private void login(String body) {
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400);
    }
}
