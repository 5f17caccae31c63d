package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TopicReader;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.platform.secrets.SecretSeal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

class OnlineBookingIT extends BookingIntegrationTest {

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    SecretSeal manageTokenSeal;

    @Test
    void bookingReturnsTheAppointmentWithReferenceTokenAndLocation() {
        var response = http.post("/api/booking/appointments",
                TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T16:00:00Z", "ana@example.org"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("reference").asString()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}");
        assertThat(response.header("Location")).endsWith("/api/booking/appointments/" + body.get("reference").asString());
        assertThat(body.get("status").asString()).isEqualTo("BOOKED");
        assertThat(body.get("channel").asString()).isEqualTo("ONLINE");
        assertThat(body.get("start").asString()).isEqualTo("2026-12-01T11:00:00-05:00");
        assertThat(body.get("end").asString()).isEqualTo("2026-12-01T11:30:00-05:00");
        assertThat(body.get("patient").get("phone").asString()).isEqualTo("+15555550123");
        assertThat(body.get("manageToken").asString()).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void bookingTheSameSlotTwiceIsAConflict() {
        var first = http.post("/api/booking/appointments",
                TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:30:00-05:00", "a@example.org"));
        var second = http.post("/api/booking/appointments",
                TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:30:00-05:00", "b@example.org"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.json().get("status").asInt()).isEqualTo(409);
    }

    @Test
    void aLongerVisitAndItsBufferBlockOverlappingShorterOnes() {
        // Evaluation: 60 minutes plus a 15-minute buffer, so Dr. Lin is taken 11:00-12:15.
        assertThat(http.post("/api/booking/appointments",
                TestBookings.online(EVALUATION, LIN, "2026-12-01T11:00:00-05:00", "a@example.org")).status()).isEqualTo(201);

        assertThat(http.post("/api/booking/appointments",
                TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:30:00-05:00", "b@example.org")).status()).isEqualTo(409);
        assertThat(http.post("/api/booking/appointments",
                TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T12:00:00-05:00", "c@example.org")).status()).isEqualTo(409);
        assertThat(http.post("/api/booking/appointments",
                TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T12:15:00-05:00", "d@example.org")).status()).isEqualTo(201);
    }

    @Test
    void theManageTokenShowsTheAppointmentAndAWrongOneLooksLikeNoAppointment() {
        JsonNode booked = http.post("/api/booking/appointments",
                TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T13:00:00-05:00", "m@example.org")).json();
        String path = "/api/booking/appointments/" + booked.get("reference").asString();

        var shown = http.get(path, "X-Manage-Token", booked.get("manageToken").asString());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("reference").asString()).isEqualTo(booked.get("reference").asString());
        assertThat(shown.json().has("manageToken")).isFalse();

        assertThat(http.get(path, "X-Manage-Token", "not-the-token").status()).isEqualTo(404);
        assertThat(http.get(path).status()).isEqualTo(404);
        assertThat(http.get("/api/booking/appointments/ZZZZZZZZ", "X-Manage-Token", "x").status()).isEqualTo(404);
    }

    @Test
    void aBookingPublishesAppointmentBookedKeyedByTheAppointment() {
        JsonNode booked = http.post("/api/booking/appointments",
                TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T13:30:00-05:00", "k@example.org")).json();
        String id = booked.get("id").asString();

        JsonNode event = TopicReader.eventsFor(kafka, id, 1).get(0);
        assertThat(event.get("eventType").asString()).isEqualTo("AppointmentBooked");
        assertThat(event.get("version").asLong()).isEqualTo(1);
        assertThat(event.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(event.get("eventId").asString()).isNotBlank();
        JsonNode appointment = event.get("appointment");
        assertThat(appointment.get("reference").asString()).isEqualTo(booked.get("reference").asString());
        assertThat(appointment.get("clinicTimeZone").asString()).isEqualTo("America/New_York");
        assertThat(appointment.get("practitionerName").asString()).isEqualTo("Dr. Maya Lin, DC");
        // The token travels sealed: the topic (and this service's outbox row) never holds it in the clear.
        String token = booked.get("manageToken").asString();
        assertThat(event.toString()).doesNotContain(token);
        assertThat(appointment.get("managePath").asString()).isEqualTo("/manage/" + booked.get("reference").asString());
        assertThat(manageTokenSeal.open(appointment.get("sealedManageToken").asString(),
                AppointmentSnapshot.manageTokenContext(UUID.fromString(id)))).hasValue(token);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single()).isZero());
    }
}
