package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TopicReader;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.platform.secrets.SecretSeal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** Reschedule, status changes and the calendar file, by the patient and by the desk. */
class AppointmentChangesIT extends BookingIntegrationTest {

    private static final String[] DESK = DeskBookingIT.DESK;

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    SecretSeal manageTokenSeal;

    @Test
    void aPatientReschedulesKeepingTheReferenceAndTheOldTimeIsFreeAtOnce() throws Exception {
        JsonNode booked = book(EVALUATION, LIN, "2026-12-01T11:00:00-05:00", "r1@example.org");
        String token = booked.get("manageToken").asString();

        // 30 minutes later overlaps the appointment's own current time, which must not count against it.
        var moved = http.post(path(booked) + "/reschedule", Map.of("start", "2026-12-01T11:30:00-05:00"),
                "X-Manage-Token", token);

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("reference").asString()).isEqualTo(booked.get("reference").asString());
        assertThat(moved.json().get("start").asString()).isEqualTo("2026-12-01T11:30:00-05:00");
        assertThat(http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                "2026-12-01T12:45:00-05:00", "r2@example.org")).status()).isEqualTo(201);
        var events = TopicReader.eventsFor(kafka, booked.get("id").asString(), 2);
        assertThat(events.get(1).get("eventType").asString()).isEqualTo("AppointmentRescheduled");
        assertThat(events.get(1).get("version").asLong()).isEqualTo(2);
        assertThat(events.get(1).get("previousStart").asString()).isEqualTo("2026-12-01T16:00:00Z");
        assertThat(events.get(1).toString()).doesNotContain(token);
        assertThat(manageTokenSeal.open(events.get(1).get("appointment").get("sealedManageToken").asString(),
                AppointmentSnapshot.manageTokenContext(UUID.fromString(booked.get("id").asString())))).hasValue(token);

        VEvent event = calendarEvent(booked);
        assertThat(event.getSequence().getValue()).isEqualTo("1");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(booked.get("id").asString() + "@clinic-booking");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20261201T163000Z");
    }

    @Test
    void aMoveIntoATakenSlotIsAConflictAndChangesNothing() {
        JsonNode mine = book(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "m1@example.org");
        book(ADJUSTMENT, LIN, "2026-12-01T12:00:00-05:00", "m2@example.org");

        var response = http.post(path(mine) + "/reschedule", Map.of("start", "2026-12-01T12:00:00-05:00"),
                "X-Manage-Token", mine.get("manageToken").asString());

        assertThat(response.status()).isEqualTo(409);
        var after = http.get(path(mine), "X-Manage-Token", mine.get("manageToken").asString()).json();
        assertThat(after.get("start").asString()).isEqualTo("2026-12-01T11:00:00-05:00");
        assertThat(after.get("status").asString()).isEqualTo("BOOKED");
    }

    @Test
    void insideTheCutoffOnlyTheDeskCanMoveItAndACancelledOneCannotMove() {
        JsonNode soon = http.post("/api/booking/desk/appointments", DeskBookingIT.deskBooking(EVALUATION, OKAFOR,
                "2026-11-30T13:00:00-05:00", Map.of("firstName", "S", "lastName", "T", "email", "s@example.org")),
                DESK).json();
        String id = soon.get("id").asString();

        var desk = http.post("/api/booking/desk/appointments/" + id + "/reschedule",
                Map.of("start", "2026-11-30T14:00:00-05:00", "practitionerId", LIN.toString()), DESK);
        assertThat(desk.status()).as(desk.body()).isEqualTo(200);
        assertThat(desk.json().get("practitionerId").asString()).isEqualTo(LIN.toString());

        assertThat(http.post("/api/booking/desk/appointments/" + id + "/cancel", "{}", DESK).status()).isEqualTo(200);
        assertThat(http.post("/api/booking/desk/appointments/" + id + "/reschedule",
                Map.of("start", "2026-11-30T15:00:00-05:00"), DESK).status()).isEqualTo(409);
        assertThat(http.post("/api/booking/desk/appointments/" + id + "/cancel", "{}", DESK).status()).isEqualTo(409);
    }

    @Test
    void statusMovesOnlyForward() {
        String id = book(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "s1@example.org").get("id").asString();
        String status = "/api/booking/desk/appointments/" + id + "/status";

        assertThat(http.post(status, Map.of("status", "COMPLETED"), DESK).status()).isEqualTo(409);
        assertThat(http.post(status, Map.of("status", "ARRIVED"), DESK).status()).isEqualTo(200);
        assertThat(http.post(status, Map.of("status", "NO_SHOW"), DESK).status()).isEqualTo(409);
        assertThat(http.post(status, Map.of("status", "COMPLETED"), DESK).json().get("status").asString())
                .isEqualTo("COMPLETED");
        assertThat(http.post(status, Map.of("status", "BOOKED"), DESK).status()).isEqualTo(400);
        assertThat(http.post(status, Map.of("status", "ARRIVED")).status()).isEqualTo(401);
        assertThat(http.post("/api/booking/desk/appointments/" + java.util.UUID.randomUUID() + "/status",
                Map.of("status", "ARRIVED"), DESK).status()).isEqualTo(404);
        String noShow = book(ADJUSTMENT, LIN, "2026-12-01T12:00:00-05:00", "s2@example.org").get("id").asString();
        assertThat(http.post("/api/booking/desk/appointments/" + noShow + "/status", Map.of("status", "NO_SHOW"), DESK)
                .status()).isEqualTo(200);
    }

    @Test
    void theCalendarNeedsTheManageToken() {
        JsonNode booked = book(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "c@example.org");
        assertThat(http.get(path(booked) + "/calendar.ics").status()).isEqualTo(404);
        var ics = http.get(path(booked) + "/calendar.ics", "X-Manage-Token", booked.get("manageToken").asString());
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
    }

    private VEvent calendarEvent(JsonNode booked) throws Exception {
        var ics = http.get(path(booked) + "/calendar.ics", "X-Manage-Token", booked.get("manageToken").asString());
        var calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private JsonNode book(java.util.UUID type, java.util.UUID practitioner, String start, String email) {
        var response = http.post("/api/booking/appointments", TestBookings.online(type, practitioner, start, email));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String path(JsonNode booked) {
        return "/api/booking/appointments/" + booked.get("reference").asString();
    }
}
