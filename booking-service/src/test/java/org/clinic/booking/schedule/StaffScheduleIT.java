package org.clinic.booking.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;

/** The schedule is for staff only; services check tokens themselves, so bypassing the gateway gains nothing. */
class StaffScheduleIT extends BookingIntegrationTest {

    private static final String SCHEDULE = "/api/booking/schedule?date=2026-12-01";

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
}
