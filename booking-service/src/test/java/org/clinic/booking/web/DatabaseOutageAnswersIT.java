package org.clinic.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.PinnedClock;
import org.clinic.booking.TestHttp;
import org.clinic.booking.appointment.TestBookings;
import org.clinic.events.Topics;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * booking-service with its database refusing connections and its sessions ended (as during a restart): the API
 * answers 503 problem+json with Retry-After and pages the error page with 503, each within a few seconds (the pool's
 * connection timeout, clinic-platform.yml), never a 500, a stack trace or a hung request; once the database is back,
 * the same requests succeed without a restart. A database of its own, so no other test context loses it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PinnedClock.class)
@EmbeddedKafka(partitions = 1, topics = Topics.APPOINTMENT_EVENTS,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class DatabaseOutageAnswersIT {

    private static final EmbeddedPostgresServer SERVER = EmbeddedPostgresServer.shared();
    private static final String URL = SERVER.createFreshDatabase("booking_outage_answers");
    private static final String DATABASE = URL.substring(URL.lastIndexOf('/') + 1, URL.indexOf('?'));
    /** The pool's 3 s connection timeout and room for a loaded CI machine; the gateway gives up at 10 s. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(8);
    private static final String SLOTS = "/api/booking/slots?appointmentTypeId=" + BookingIntegrationTest.ADJUSTMENT
            + "&from=2026-12-01&to=2026-12-02";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add(StaffTokens.PUBLIC_KEY_PROPERTY, () -> StaffTokens.TEST_PUBLIC_KEY);
    }

    @LocalServerPort
    int port;

    private TestHttp http;
    private Map<String, Object> booking;

    @BeforeEach
    void databaseAway() {
        http = new TestHttp("http://localhost:" + port);
        var slots = http.get(SLOTS);
        assertThat(slots.status()).as("up before the outage").isEqualTo(200);
        // A page rendered once, so the first error page is not also the JVM's first Thymeleaf page (seconds cold).
        assertThat(http.get("/book", "Accept", "text/html").status()).isEqualTo(200);
        var slot = slots.json().path("slots").get(0);
        booking = TestBookings.online(BookingIntegrationTest.ADJUSTMENT,
                UUID.fromString(slot.path("practitionerId").asString()), slot.path("start").asString(),
                "outage@example.org");
        SERVER.refuseConnections(DATABASE);
    }

    @AfterEach
    void databaseBack() {
        SERVER.acceptConnections(DATABASE);
    }

    @Test
    void theApiAnswers503ProblemsWithRetryAfterAndRecoversByItself() {
        for (var response : new TestHttp.Response[] {
                within(() -> http.get(SLOTS)),
                within(() -> http.post("/api/booking/appointments", booking, "Idempotency-Key", "outage-1"))}) {
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).matches("\\d+");
            assertThat(response.json().path("status").asInt()).isEqualTo(503);
            assertThat(response.body()).doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("exception")
                    .doesNotContainIgnoringCase("hikari").doesNotContain("booking_outage");
        }

        SERVER.acceptConnections(DATABASE);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(http.get(SLOTS).status()).isEqualTo(200));
        // The client sends the refused booking again with its key: booked now, and once.
        var booked = http.post("/api/booking/appointments", booking, "Idempotency-Key", "outage-1");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        var again = http.post("/api/booking/appointments", booking, "Idempotency-Key", "outage-1");
        assertThat(again.json().path("reference").asString()).isEqualTo(booked.json().path("reference").asString());
    }

    @Test
    void aPageAnswersTheErrorPageWith503() {
        // Any manage page takes from the rate limits' buckets first, in the database (a library's own JDBC).
        var page = within(() -> http.get("/manage/ABCDEFGH", "Accept", "text/html"));
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Retry-After")).matches("\\d+");
        assertThat(page.body()).contains("Something went wrong on our side")
                .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql");
    }

    private static TestHttp.Response within(Supplier<TestHttp.Response> request) {
        return assertTimeoutPreemptively(FAIL_FAST, request::get, "answered within a few seconds");
    }
}
