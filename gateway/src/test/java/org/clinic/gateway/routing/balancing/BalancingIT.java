package org.clinic.gateway.routing.balancing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinic.gateway.StubService;
import org.clinic.gateway.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Booking runs as two instances (BOOKING_URL lists both), with the health checks as configured: requests are
 * spread over both; with one stopped, every request still succeeds, and it gets requests again once it is back.
 * The tests run in order: each leaves the instances as the next expects them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BalancingIT {

    private static final StubService FIRST = StubService.start("first");
    private static final StubService SECOND = StubService.start("second");
    private static final StubService OTHERS = StubService.start("others");
    private static StubService firstAgain;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("BOOKING_URL", () -> FIRST.url() + "," + SECOND.url());
        registry.add("CONTENT_URL", OTHERS::url);
        registry.add("NOTIFICATION_URL", OTHERS::url);
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
    static void stopStubs() {
        SECOND.stop();
        OTHERS.stop();
        if (firstAgain != null) {
            firstAgain.stop();
        }
    }

    @Test
    @Order(1)
    void spreadsRequestsOverBothInstances() {
        // Until both have passed their first health check, one may get everything.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(answeredBy(20)).containsOnlyKeys("first", "second")
                        .allSatisfy((name, count) -> assertThat(count).as(name).isGreaterThanOrEqualTo(5)));
    }

    @Test
    @Order(2)
    void everyRequestSucceedsWhileOneInstanceIsStopped() {
        FIRST.stop();

        // At once, through the retry on another instance; then the health check takes it out of the rotation.
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<String> names = new ArrayList<>();
        while (System.nanoTime() < until) {
            names.add(getBooking());
            names.add(postBooking());
        }
        assertThat(names).hasSizeGreaterThan(10).containsOnly("second");
    }

    @Test
    @Order(3)
    void anInstanceThatComesBackGetsRequestsAgain() {
        firstAgain = StubService.start("first", FIRST.port());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(answeredBy(10)).containsKeys("first", "second"));
    }

    @Test
    @Order(4)
    void answers503ProblemWhenNoInstanceIsUp() {
        firstAgain.stop();
        SECOND.stop();

        client.get().uri("/api/booking/slots")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("A service is temporarily unavailable. Please try again shortly.");
    }

    private Map<String, Long> answeredBy(int requests) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            names.add(getBooking());
        }
        return names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private String getBooking() {
        return client.get().uri("/api/booking/slots")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(StubService.NAME_HEADER);
    }

    private String postBooking() {
        return client.post().uri("/api/booking/appointments").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"appointmentTypeId\":\"x\"}")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(StubService.NAME_HEADER);
    }
}
