package org.clinic.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.StubService.Echo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class RequestIdIT extends GatewayIntegrationTest {

    private static final String TRACE_ID = "[0-9a-f]{32}";

    /** The generated id is the request's trace id: the one every hop's log lines carry. */
    @Test
    void generatesARequestIdAndForwardsTheSameOneToTheService() {
        EntityExchangeResult<Echo> result = client.get().uri("/api/booking/clinic")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult();

        String returned = result.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(returned).matches(TRACE_ID);
        assertThat(result.getResponseBody().header("x-request-id")).isEqualTo(returned);
        assertThat(result.getResponseBody().header("traceparent")).startsWith("00-" + returned + "-");
    }

    @Test
    void echoesASaneClientRequestIdAndForwardsIt() {
        EntityExchangeResult<Echo> result = client.get().uri("/api/content/articles")
                .header("X-Request-Id", "desk-7.retry_2")
                .exchange()
                .expectBody(Echo.class).returnResult();

        assertThat(result.getResponseHeaders().get("X-Request-Id")).containsExactly("desk-7.retry_2");
        assertThat(result.getResponseBody().header("x-request-id")).isEqualTo("desk-7.retry_2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces", "<script>", "semi;colon", "ümlaut", ""})
    void replacesAnInsaneClientRequestIdWithAFreshOne(String insane) {
        EntityExchangeResult<Echo> result = client.get().uri("/api/booking/clinic")
                .header("X-Request-Id", insane)
                .exchange()
                .expectBody(Echo.class).returnResult();

        String returned = result.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(returned).matches(TRACE_ID);
        assertThat(result.getResponseBody().header("x-request-id")).isEqualTo(returned);
    }

    @Test
    void replacesARequestIdLongerThan100Characters() {
        String tooLong = "a".repeat(101);

        String returned = client.get().uri("/api/booking/clinic").header("X-Request-Id", tooLong)
                .exchange()
                .returnResult(Void.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(returned).isNotEqualTo(tooLong).matches(TRACE_ID);
        assertThat(RequestIdFilter.saneOr("a".repeat(100), () -> "fresh")).isEqualTo("a".repeat(100));
    }

    @Test
    void putsTheRequestIdOnErrorsAuthAnswersAndHealthChecksToo() {
        client.get().uri("/nowhere").header("X-Request-Id", "r-404").exchange()
                .expectStatus().isNotFound().expectHeader().valueEquals("X-Request-Id", "r-404");
        client.post().uri("/api/auth/login").header("X-Request-Id", "r-401")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"username\":\"x\",\"password\":\"y\"}")
                .exchange()
                .expectStatus().isUnauthorized().expectHeader().valueEquals("X-Request-Id", "r-401");
        client.post().uri("/api/auth/logout").exchange()
                .expectStatus().isNoContent().expectHeader().exists("X-Request-Id");
        client.get().uri("/readyz").exchange()
                .expectStatus().isOk().expectHeader().exists("X-Request-Id");
    }
}
