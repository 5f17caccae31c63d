package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TestHttp;
import org.clinic.platform.metrics.DatabaseGaugeRefresher;
import org.clinic.testsupport.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What booking-service tells Prometheus, scraped from /actuator/prometheus on the management port around each
 * action: the scrape before and after differ by exactly that action (counters keep counting across the tests that
 * share this context). docs/operations.md, "Metrics", lists these names.
 */
// The limits of BookingRateLimitIT, so both share one application context.
@TestPropertySource(properties = {"clinic.booking.rate-limits.bookings-per-address=10/1h",
        "clinic.booking.rate-limits.bookings-per-contact=3/1h"})
class BookingMetricsIT extends BookingIntegrationTest {

    private static final String BOOKINGS = "clinic_bookings_total";

    @LocalManagementPort
    int managementPort;

    @Autowired
    DatabaseGaugeRefresher gauges;

    @Test
    void anOnlineBookingCountsAsBookedAndTheSecondTryForItsTimeAsSlotTaken() {
        String start = freeAdjustmentStarts(1).get(0);
        var before = scrape();

        var first = book(start, "first@example.org", "+1 212 555 0101", "198.51.100.1");
        var second = book(start, "second@example.org", "+1 212 555 0102", "198.51.100.2");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        var after = scrape();
        assertThat(increase(before, after, "online", "book", "booked")).isEqualTo(1);
        assertThat(increase(before, after, "online", "book", "slot_taken")).isEqualTo(1);
        assertThat(increase(before, after, "online", "book", "rejected")).isZero();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsNotASecondBooking() {
        String start = freeAdjustmentStarts(1).get(0);
        var body = TestBookings.online(ADJUSTMENT, LIN, start, "retry@example.org");
        var before = scrape();

        var first = http.post("/api/booking/appointments", body, "Idempotency-Key", "metrics-retry-1");
        var retry = http.post("/api/booking/appointments", body, "Idempotency-Key", "metrics-retry-1");

        assertThat(List.of(first.status(), retry.status())).containsExactly(201, 201);
        assertThat(increase(before, scrape(), "online", "book", "booked")).isEqualTo(1);
    }

    @Test
    void anOnlineBookingOverTheLimitCountsAsRateLimited() {
        List<String> starts = freeAdjustmentStarts(4);
        var before = scrape();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // One email from four addresses: the fourth is over the three per contact.
            statuses.add(book(starts.get(i), "often@example.org", "+1 212 555 01%02d".formatted(10 + i),
                    "198.51.100." + (10 + i)).status());
        }

        assertThat(statuses).containsExactly(201, 201, 201, 429);
        var after = scrape();
        assertThat(increase(before, after, "online", "book", "booked")).isEqualTo(3);
        assertThat(increase(before, after, "online", "book", "rate_limited")).isEqualTo(1);
    }

    @Test
    void theDeskCountsBookingsRefusalsAndMovesOnItsOwnChannel() {
        List<String> starts = freeAdjustmentStarts(2);
        var before = scrape();

        var booked = http.post("/api/booking/desk/appointments", DeskBookingIT.deskBooking(ADJUSTMENT, LIN,
                starts.get(0), Map.of("firstName", "Cal", "lastName", "Ler", "phone", "(212) 555-0188")),
                DeskBookingIT.DESK);
        var unknownPatient = http.post("/api/booking/desk/appointments", DeskBookingIT.deskBooking(ADJUSTMENT, LIN,
                starts.get(1), UUID.randomUUID()), DeskBookingIT.DESK);
        var moved = http.post("/api/booking/desk/appointments/" + booked.json().get("id").asString()
                + "/reschedule", Map.of("start", starts.get(1)), DeskBookingIT.DESK);

        assertThat(List.of(booked.status(), unknownPatient.status(), moved.status())).containsExactly(201, 400, 200);
        var after = scrape();
        assertThat(increase(before, after, "desk", "book", "booked")).isEqualTo(1);
        assertThat(increase(before, after, "desk", "book", "rejected")).isEqualTo(1);
        assertThat(increase(before, after, "desk", "reschedule", "booked")).isEqualTo(1);
        assertThat(increase(before, after, "online", "book", "booked")).isZero();
        // Nobody is held to a limit at the desk: no such series to count in.
        assertThat(after.samples(BOOKINGS, "channel", "desk", "outcome", "rate_limited")).isEmpty();
    }

    @Test
    void aSlotSearchIsTimedWithBucketsForPercentiles() {
        var before = scrape();

        var slots = http.get("/api/booking/slots?appointmentTypeId=" + ADJUSTMENT + "&from=2026-12-01&to=2026-12-07");

        assertThat(slots.status()).isEqualTo(200);
        var after = scrape();
        assertThat(after.value("clinic_slot_search_seconds_count", "booker", "patient")
                - before.value("clinic_slot_search_seconds_count", "booker", "patient")).isEqualTo(1);
        assertThat(after.value("clinic_slot_search_seconds_sum", "booker", "patient")).isPositive();
        // Buckets for histogram_quantile; a dozen, so each timer stays a dozen series.
        assertThat(after.samples("clinic_slot_search_seconds_bucket", "booker", "patient"))
                .hasSizeBetween(10, 15)
                .anySatisfy(bucket -> assertThat(bucket.labels()).containsEntry("le", "+Inf"));
    }

    @Test
    void theOutboxBacklogIsReadFromTheDatabaseAndTheConsumerReportsItsLag() {
        gauges.refreshNow();

        var scrape = scrape();

        // The relay empties the table within its poll interval; the gauges exist and hold numbers.
        assertThat(scrape.value("clinic_outbox_backlog")).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(scrape.value("clinic_outbox_oldest_age_seconds")).isNotNaN().isGreaterThanOrEqualTo(0);
        // The delivery-events consumer, bound by Boot's Kafka metrics: the dashboard's consumer-lag panel.
        assertThat(scrape.names()).contains("kafka_consumer_fetch_manager_records_lag_max");
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of(managementPort);
    }

    private static double increase(PrometheusScrape before, PrometheusScrape after, String channel, String action,
            String outcome) {
        String[] labels = {"channel", channel, "action", action, "outcome", outcome};
        return after.value(BOOKINGS, labels) - before.value(BOOKINGS, labels);
    }

    private TestHttp.Response book(String start, String email, String phone, String address) {
        var body = TestBookings.online(ADJUSTMENT, LIN, start, email);
        @SuppressWarnings("unchecked")
        var patient = (Map<String, Object>) body.get("patient");
        patient.put("phone", phone);
        return http.post("/api/booking/appointments", body, "X-Client-Address", address);
    }

    /** Dr. Lin's adjustments (30 minutes, no buffer) on the hour and half hour: none of them overlap. */
    private List<String> freeAdjustmentStarts(int wanted) {
        List<String> starts = new ArrayList<>();
        var slots = http.get("/api/booking/slots?appointmentTypeId=" + ADJUSTMENT + "&practitionerId=" + LIN
                + "&from=2026-12-01&to=2026-12-28").json().get("slots");
        for (var slot : slots) {
            String start = slot.get("start").asString();
            if (OffsetDateTime.parse(start).getMinute() % 30 == 0 && starts.size() < wanted) {
                starts.add(start);
            }
        }
        assertThat(starts).hasSize(wanted);
        return starts;
    }
}
