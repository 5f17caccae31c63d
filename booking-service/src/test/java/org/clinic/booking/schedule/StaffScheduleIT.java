package org.clinic.booking.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.booking.BookingIntegrationTest;
import java.util.Map;
import org.clinic.events.Topics;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The schedule is for staff only; services check tokens themselves, so bypassing the gateway gains nothing. */
class StaffScheduleIT extends BookingIntegrationTest {

    private static final String SCHEDULE = "/api/booking/schedule?date=2026-12-01";
    private static final String[] DESK = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};

    @AfterEach
    void clearAbsences() {
        jdbc.sql("DELETE FROM time_off").update();
        jdbc.sql("DELETE FROM clinic_closure").update();
    }

    @Test
    void withoutATokenTheScheduleIsUnauthorized() {
        var response = http.get(SCHEDULE);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void forgedAndExpiredTokensAreUnauthorized() {
        assertThat(http.get(SCHEDULE, "Authorization", "Bearer " + StaffTokens.forged("FRONT_DESK")).status()).isEqualTo(401);
        assertThat(http.get(SCHEDULE, "Authorization", "Bearer " + StaffTokens.expired("FRONT_DESK")).status()).isEqualTo(401);
        assertThat(http.get(SCHEDULE, "Authorization", "Bearer not.a.jwt").status()).isEqualTo(401);
    }

    /** Signed with the gateway's key but not an access token: no end, or meant for the gateway (a session token). */
    @Test
    void aTokenWithoutExpiryOrForAnotherAudienceIsUnauthorized() {
        assertThat(http.get(SCHEDULE, "Authorization", "Bearer " + StaffTokens.withoutExpiry("ADMIN")).status()).isEqualTo(401);
        assertThat(http.get(SCHEDULE, "Authorization", "Bearer " + StaffTokens.withAudience("clinic-gateway", "ADMIN"))
                .status()).isEqualTo(401);
    }

    @Test
    void anHs256TokenWithTheOldSharedSecretIsUnauthorized() {
        assertThat(http.get(SCHEDULE, "Authorization", "Bearer " + StaffTokens.signedWithOldSharedSecret("ADMIN"))
                .status()).isEqualTo(401);
    }

    @Test
    void aPatientsManageTokenIsNotAStaffToken() {
        assertThat(http.get(SCHEDULE, "X-Manage-Token", "anything").status()).isEqualTo(401);
    }

    @Test
    void anEditorMayNotSeeTheSchedule() {
        assertThat(http.get(SCHEDULE, "Authorization", "Bearer " + StaffTokens.valid("EDITOR")).status()).isEqualTo(403);
    }

    @Test
    void frontDeskSeesTheDaysAppointmentsWithPatientDetails() {
        http.post("/api/booking/appointments", org.clinic.booking.appointment.TestBookings.online(
                ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "sched@example.org"));

        var response = http.get(SCHEDULE, "Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK"));

        assertThat(response.status()).isEqualTo(200);
        var appointments = response.json().get("appointments");
        assertThat(appointments).hasSize(1);
        assertThat(appointments.get(0).get("patient").get("email").asString()).isEqualTo("sched@example.org");
        assertThat(appointments.get(0).get("start").asString()).isEqualTo("2026-12-01T11:00:00-05:00");
    }

    @Test
    void timeOffAndClosuresInTheRangeAreListedWithTheAppointments() {
        post("/api/booking/practitioners/" + LIN + "/time-off",
                Map.of("start", "2026-12-01T15:00:00-05:00", "end", "2026-12-01T19:00:00-05:00", "reason", "Course"));
        post("/api/booking/practitioners/" + OKAFOR + "/time-off",
                Map.of("start", "2026-12-03T08:00:00-05:00", "end", "2026-12-03T12:00:00-05:00"));
        assertThat(http.post("/api/booking/closures", Map.of("from", "2026-12-02", "reason", "Staff training"),
                "Authorization", "Bearer " + StaffTokens.valid("ADMIN")).status()).isEqualTo(201);

        var twoDays = http.get(SCHEDULE + "&days=2", DESK).json().get("timeOff");
        var okaforsThree = http.get(SCHEDULE + "&days=3&practitionerId=" + OKAFOR, DESK).json().get("timeOff");

        assertThat(twoDays).hasSize(2);
        assertThat(twoDays.get(0).get("kind").asString()).isEqualTo("TIME_OFF");
        assertThat(twoDays.get(0).get("practitionerId").asString()).isEqualTo(LIN.toString());
        assertThat(twoDays.get(0).get("start").asString()).isEqualTo("2026-12-01T15:00:00-05:00");
        assertThat(twoDays.get(0).get("reason").asString()).isEqualTo("Course");
        assertThat(twoDays.get(1).get("kind").asString()).isEqualTo("CLOSURE");
        assertThat(twoDays.get(1).get("start").asString()).isEqualTo("2026-12-02T00:00:00-05:00");
        assertThat(twoDays.get(1).get("end").asString()).isEqualTo("2026-12-03T00:00:00-05:00");
        assertThat(twoDays.get(1).get("practitionerId").isNull()).isTrue();
        assertThat(okaforsThree).extracting(a -> a.get("kind").asString()).containsExactly("CLOSURE", "TIME_OFF");
    }

    @Test
    void anAbsurdDateIs400() {
        assertThat(http.get("/api/booking/schedule?date=0000-01-01", DESK).status()).isEqualTo(400);
        assertThat(http.get("/api/booking/schedule?date=%2B999999999-12-31", DESK).status()).isEqualTo(400);
    }

    private void post(String path, Map<String, Object> body) {
        assertThat(http.post(path, body, DESK).status()).isEqualTo(201);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.kafka.core.KafkaTemplate<String, String> kafka;

    @org.springframework.beans.factory.annotation.Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void theScheduleShowsWhetherThePatientWasTold() {
        var booked = http.post("/api/booking/appointments", org.clinic.booking.appointment.TestBookings.online(
                ADJUSTMENT, LIN, "2026-12-01T12:00:00-05:00", "told@example.org")).json();
        var id = java.util.UUID.fromString(booked.get("id").asString());
        var sent = org.clinic.events.notification.NotificationDelivered.of(java.util.UUID.randomUUID(), NOW,
                java.util.UUID.randomUUID(), id, 1, "CONFIRMATION", "EMAIL", 1, NOW);
        kafka.send(Topics.DELIVERY_EVENTS, id.toString(), json.writeValueAsString(sent)).join();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            var appointments = http.get(SCHEDULE, "Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")).json()
                    .get("appointments");
            assertThat(appointments.get(0).get("notification").get("confirmation").asString()).isEqualTo("SENT");
            assertThat(appointments.get(0).get("notification").get("reminder").isNull()).isTrue();
        });
    }
}
