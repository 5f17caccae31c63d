package org.clinic.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.clinic.gateway.StubService;
import org.clinic.gateway.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Its own context: notifications point at a closed port, and the response timeout is cut to one second. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DownstreamFailureIT {

    private static final StubService SLOW_SERVICE = StubService.start();
    private static final int CLOSED_PORT = StubService.closedPort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("BOOKING_URL", SLOW_SERVICE::url);
        registry.add("CONTENT_URL", SLOW_SERVICE::url);
        registry.add("NOTIFICATION_URL", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
        TestStaff.register(registry);
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void bindClient() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    @AfterAll
    static void releaseStub() {
        SLOW_SERVICE.releaseHungRequests();
    }

    @Test
    void answers503ProblemWithoutInternalsWhenTheServiceIsUnreachable() {
        String body = client.get().uri("/api/notifications?appointmentId=1")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains("\"status\":503", "temporarily unavailable")
                .doesNotContainIgnoringCase("refused")
                .doesNotContain(String.valueOf(CLOSED_PORT), "127.0.0.1", "Exception", "netty");
    }

    @Test
    void answers504ProblemWhenTheServiceDoesNotAnswerInTime() {
        String body = client.get().uri("/api/booking/hang")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains("\"status\":504", "did not answer in time").doesNotContain("PT1S", "timeout");
    }

    @Test
    void keepsServingTheOtherRoutesWhileOneServiceIsDown() {
        client.get().uri("/api/content/articles").exchange().expectStatus().isOk();
    }
}
