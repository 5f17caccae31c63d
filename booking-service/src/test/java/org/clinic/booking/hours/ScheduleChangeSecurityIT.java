package org.clinic.booking.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;

/**
 * Schedule changes, and time off with its reasons, are the front desk's; clinic closures the admins'. Services check
 * tokens themselves.
 */
class ScheduleChangeSecurityIT extends ScheduleChangeTest {

    private static final String TIME_OFF = "/api/booking/practitioners/" + LIN + "/time-off";
    private static final String HOURS = "/api/booking/practitioners/" + LIN + "/working-hours";
    private static final Map<String, Object> TIME_OFF_BODY = Map.of("start", "2026-12-01T15:00:00-05:00",
            "end", "2026-12-01T19:00:00-05:00");
    private static final Map<String, Object> CLOSURE_BODY = Map.of("from", "2026-12-24");
    private static final String WEEK = "[{\"dayOfWeek\": \"MONDAY\", \"start\": \"09:00\", \"end\": \"12:00\"}]";

    @Test
    void withoutATokenChangesAndTimeOffAreUnauthorized() {
        assertThat(http.post(TIME_OFF, TIME_OFF_BODY).status()).isEqualTo(401);
        assertThat(http.get(TIME_OFF).status()).isEqualTo(401);
        assertThat(delete(TIME_OFF + "/" + UUID.randomUUID()).status()).isEqualTo(401);
        assertThat(put(HOURS, WEEK).status()).isEqualTo(401);
        assertThat(http.get(HOURS).status()).isEqualTo(401);
        assertThat(http.post("/api/booking/closures", CLOSURE_BODY).status()).isEqualTo(401);
        assertThat(delete("/api/booking/closures/" + UUID.randomUUID()).status()).isEqualTo(401);
        assertThat(http.post(TIME_OFF, TIME_OFF_BODY, "X-Manage-Token", "anything").status()).isEqualTo(401);
        assertNothingChanged();
    }

    @Test
    void anEditorIsForbidden() {
        assertThat(http.post(TIME_OFF, TIME_OFF_BODY, EDITOR).status()).isEqualTo(403);
        assertThat(http.get(TIME_OFF, EDITOR).status()).isEqualTo(403);
        assertThat(delete(TIME_OFF + "/" + UUID.randomUUID(), EDITOR).status()).isEqualTo(403);
        assertThat(put(HOURS, WEEK, EDITOR).status()).isEqualTo(403);
        assertThat(http.get(HOURS, EDITOR).status()).isEqualTo(403);
        assertThat(http.post("/api/booking/closures", CLOSURE_BODY, EDITOR).status()).isEqualTo(403);
        assertThat(delete("/api/booking/closures/" + UUID.randomUUID(), EDITOR).status()).isEqualTo(403);
        assertNothingChanged();
    }

    @Test
    void closuresAreForAdminsAloneTheFrontDeskOnlyReadsThem() {
        assertThat(http.post("/api/booking/closures", CLOSURE_BODY, DESK).status()).isEqualTo(403);
        assertThat(delete("/api/booking/closures/" + UUID.randomUUID(), DESK).status()).isEqualTo(403);
        assertThat(http.get("/api/booking/closures", DESK).status()).isEqualTo(200);
        assertNothingChanged();
    }

    @Test
    void forgedOrExpiredTokensAreUnauthorized() {
        assertThat(http.post(TIME_OFF, TIME_OFF_BODY, "Authorization", "Bearer " + StaffTokens.forged("ADMIN"))
                .status()).isEqualTo(401);
        assertThat(put(HOURS, WEEK, "Authorization", "Bearer " + StaffTokens.expired("FRONT_DESK")).status())
                .isEqualTo(401);
        assertNothingChanged();
    }

    @Test
    void anAdminMayChangeTheSchedule() {
        String[] admin = {"Authorization", "Bearer " + StaffTokens.valid("ADMIN")};

        assertThat(http.post("/api/booking/closures", CLOSURE_BODY, admin).status()).isEqualTo(201);
        assertThat(http.post(TIME_OFF, TIME_OFF_BODY, admin).status()).isEqualTo(201);
    }

    private void assertNothingChanged() {
        assertThat(jdbc.sql("SELECT count(*) FROM time_off").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM clinic_closure").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM working_hours WHERE practitioner_id = :id").param("id", LIN)
                .query(Long.class).single()).isEqualTo(9);
    }
}
