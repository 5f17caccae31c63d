package org.clinic.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.StubService.Echo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * A request's trace goes on into the service it is routed to, as a child of the gateway's own span, and the
 * gateway's log lines about the request carry its trace id.
 */
@ExtendWith(OutputCaptureExtension.class)
class TraceRelayIT extends GatewayIntegrationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Test
    void theServiceContinuesTheTraceAsAChildOfTheGatewaysSpan() {
        EntityExchangeResult<Echo> result = client.get().uri("/api/booking/clinic")
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult();

        String relayed = result.getResponseBody().header("traceparent");
        assertThat(relayed).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01").doesNotContain(CALLER_SPAN);
        assertThat(result.getResponseHeaders().getFirst("X-Request-Id")).isEqualTo(TRACE_ID);
    }

    @Test
    void anUnsampledTraceGoesOnUnsampled() {
        String relayed = client.get().uri("/api/booking/clinic")
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-00")
                .exchange()
                .expectBody(Echo.class).returnResult().getResponseBody().header("traceparent");

        assertThat(relayed).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-00");
    }

    @Test
    void aRequestWithoutTraceContextStartsATraceTheServiceContinues() {
        EntityExchangeResult<Echo> first = client.get().uri("/api/content/articles").exchange()
                .expectBody(Echo.class).returnResult();
        EntityExchangeResult<Echo> second = client.get().uri("/api/content/articles").exchange()
                .expectBody(Echo.class).returnResult();

        String traceId = first.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(first.getResponseBody().header("traceparent")).startsWith("00-" + traceId + "-");
        assertThat(second.getResponseHeaders().getFirst("X-Request-Id")).isNotEqualTo(traceId);
    }

    /** A refused sign-in is logged on a JDBC worker thread, well away from the event loop the request came in on. */
    @Test
    void theGatewaysOwnLogLinesAboutARequestCarryItsTraceId(CapturedOutput output) {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .bodyValue("{\"username\":\"trace-check\",\"password\":\"wrong\"}")
                .exchange()
                .expectStatus().isUnauthorized();

        assertThat(output.getOut().lines().filter(line -> line.contains("'trace-check'")))
                .singleElement().asString().contains(traceId);
    }
}
