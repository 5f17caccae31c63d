package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON beyond the read limits (service-platform's {@code JsonReadLimits}) is a 400 problem, never a 500 or a
 * booking, even when it comes straight to the service, past the gateway's 64 kB limit. Each body is a valid
 * booking plus one property nobody reads, which Jackson would otherwise skip and book.
 */
class OversizedJsonIT extends BookingIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @AfterEach
    void nothingWasBooked() {
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isZero();
    }

    @Test
    void deeplyNestedArraysAreA400Problem() {
        assertMalformed(http.post("/api/booking/appointments", bookingWith("[".repeat(2000) + "]".repeat(2000))));
        // Within Jackson's default of 500 levels, beyond ours.
        assertMalformed(http.post("/api/booking/appointments", bookingWith("[".repeat(100) + "]".repeat(100))));
    }

    @Test
    void aHundredKilobyteStringIsA400Problem() {
        assertMalformed(http.post("/api/booking/appointments", bookingWith("\"" + "x".repeat(100_000) + "\"")));
    }

    @Test
    void aDocumentOverAMegabyteIsA400Problem() {
        assertMalformed(http.post("/api/booking/appointments", bookingWith("[" + "\"padding\",".repeat(120_000) + "1]")));
    }

    @Test
    void aNumberWithAThousandDigitsIsA400Problem() {
        assertMalformed(http.post("/api/booking/appointments", bookingWith("9".repeat(1000))));
    }

    private static String bookingWith(String unreadValue) {
        String booking = JSON.writeValueAsString(TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00",
                "big@example.org"));
        return booking.substring(0, booking.length() - 1) + ", \"unread\": " + unreadValue + "}";
    }

    private static void assertMalformed(TestHttp.Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Malformed request");
        assertThat(response.body()).doesNotContain("Stream", "tools.jackson", "exceeds");
    }
}
