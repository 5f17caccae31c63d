package org.clinic.gateway.clientaddress;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.StubService.Echo;
import org.junit.jupiter.api.Test;

/** Services learn the client's address from the gateway alone; what a client claims about itself is dropped. */
class ClientAddressIT extends GatewayIntegrationTest {

    @Test
    void theServiceReceivesThePeerAddressAsTheOnlyForwardedFor() {
        Echo echo = client.get().uri("/api/booking/clinic")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.header("x-client-address")).isEqualTo("127.0.0.1");
    }

    @Test
    void aClientCannotChooseItsOwnAddress() {
        Echo echo = client.get().uri("/api/booking/clinic")
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Client-Address", "203.0.113.9")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.header("x-client-address")).isEqualTo("127.0.0.1");
        assertThat(echo.headers()).doesNotContainKey("x-forwarded-for");
    }
}
