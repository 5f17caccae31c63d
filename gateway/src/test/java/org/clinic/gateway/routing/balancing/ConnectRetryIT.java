package org.clinic.gateway.routing.balancing;

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

/**
 * Each service's first instance is a closed port, and health checks are off (an empty path counts every instance
 * as up), so round robin keeps choosing it: only the retry on another instance saves those requests. A request
 * that reached a service is never sent a second time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConnectRetryIT {

    private static final StubService LIVE = StubService.start("live");
    private static final String CLOSED = "http://127.0.0.1:" + StubService.closedPort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"booking", "content", "notification"}) {
            registry.add(service.toUpperCase() + "_URL", () -> CLOSED + "," + LIVE.url());
            registry.add("spring.cloud.loadbalancer.health-check.path." + service + "-service", () -> "");
        }
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
    static void stopStub() {
        LIVE.stop();
    }

    @Test
    void aPageIsServedThoughOneInstanceRefusesConnections() {
        for (int i = 0; i < 10; i++) {
            client.get().uri("/articles/knee-pain").accept(MediaType.TEXT_HTML)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(StubService.NAME_HEADER, "live");
        }
    }

    @Test
    void aPostThatCouldNotConnectGoesToAnotherInstanceOnce() {
        for (int i = 0; i < 10; i++) {
            String path = "/api/booking/appointments/" + i;
            client.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"appointmentTypeId\":\"x\"}")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.headers.content-length").isEqualTo("25");

            assertThat(LIVE.receivedPaths()).as("POST %s reached the live instance once", path)
                    .filteredOn(path::equals).hasSize(1);
        }
    }

    @Test
    void aPostThatReachedItsServiceIsNotSentAgain() {
        for (int i = 0; i < 4; i++) {
            client.post().uri("/api/booking/drop").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus().isEqualTo(503);
        }

        assertThat(LIVE.receivedPaths()).filteredOn("/api/booking/drop"::equals).hasSize(4);
    }
}
