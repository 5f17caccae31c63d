package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

class PatientCancellationIT extends BookingIntegrationTest {

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Test
    void cancellingWithTheManageTokenFreesTheSlotAndPublishesTheCancellation() {
        JsonNode booked = book("2026-12-01T11:00:00-05:00", "c1@example.org");

        var cancelled = http.post(path(booked) + "/cancel", "{\"reason\": \"feeling better\"}",
                "X-Manage-Token", booked.get("manageToken").asString());

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                "2026-12-01T11:00:00-05:00", "c2@example.org")).status()).isEqualTo(201);
        var events = TopicReader.eventsFor(kafka, booked.get("id").asString(), 2);
        assertThat(events.get(1).get("eventType").asString()).isEqualTo("AppointmentCancelled");
        assertThat(events.get(1).get("version").asLong()).isEqualTo(2);
        assertThat(events.get(1).get("cancelledBy").asString()).isEqualTo("PATIENT");
        assertThat(events.get(1).get("reason").asString()).isEqualTo("feeling better");
    }

    @Test
    void aCancelledAppointmentCannotBeCancelledAgainAndAWrongTokenFindsNothing() {
        JsonNode booked = book("2026-12-01T12:00:00-05:00", "c3@example.org");
        String token = booked.get("manageToken").asString();

        assertThat(http.post(path(booked) + "/cancel", "{}", "X-Manage-Token", "wrong").status()).isEqualTo(404);
        assertThat(http.post(path(booked) + "/cancel", "", "X-Manage-Token", token).status()).isEqualTo(200);
        var again = http.post(path(booked) + "/cancel", "{}", "X-Manage-Token", token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("status").asInt()).isEqualTo(409);
    }

    @Test
    void insideTheCancellationCutoffThePatientIsAskedToCall() {
        // Six hours ahead of the pinned clock, inside the 24-hour cutoff.
        JsonNode booked = http.post("/api/booking/appointments", TestBookings.online(EVALUATION, OKAFOR,
                "2026-11-30T13:00:00-05:00", "c4@example.org")).json();

        var response = http.post(path(booked) + "/cancel", "{}", "X-Manage-Token", booked.get("manageToken").asString());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("(555) 555-0142");
    }

    private JsonNode book(String start, String email) {
        var response = http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN, start, email));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String path(JsonNode booked) {
        return "/api/booking/appointments/" + booked.get("reference").asString();
    }
}
