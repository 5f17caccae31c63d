package org.clinic.booking.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Dr. Lin works Tuesday 2026-12-01 from 11:00 to 14:00 and from 15:00 to 19:00 (New York). */
class TimeOffIT extends ScheduleChangeTest {

    private static final String LIN_TIME_OFF = "/api/booking/practitioners/" + LIN + "/time-off";
    private static final Map<String, Object> TUESDAY_AFTERNOON = Map.of("start", "2026-12-01T15:00:00-05:00",
            "end", "2026-12-01T19:00:00-05:00", "reason", "Conference");

    @Test
    void timeOffRemovesTheSlotsItCoversAndNoOthers() {
        assertThat(slotStarts(ADJUSTMENT, LIN, "2026-12-01", "2026-12-01")).hasSize(11 + 15);

        var response = http.post(LIN_TIME_OFF, TUESDAY_AFTERNOON, DESK);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var body = response.json();
        assertThat(response.header("Location")).isEqualTo(LIN_TIME_OFF + "/" + body.get("id").asString());
        assertThat(body.get("start").asString()).isEqualTo("2026-12-01T15:00:00-05:00");
        assertThat(body.get("reason").asString()).isEqualTo("Conference");
        assertThat(body.get("conflicts")).isEmpty();
        var after = slotStarts(ADJUSTMENT, LIN, "2026-12-01", "2026-12-01");
        assertThat(after).hasSize(11).last().isEqualTo("2026-12-01T13:30:00-05:00");
        var listed = http.get(LIN_TIME_OFF, DESK).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("createdBy").asString()).isEqualTo("desk");
        assertThat(listed.get(0).has("conflicts")).isFalse();
    }

    @Test
    void timeOffGivenInAnotherOffsetMeansTheSameInstants() {
        var response = http.post(LIN_TIME_OFF, Map.of("start", "2026-12-01T20:00:00Z", "end", "2026-12-02T00:00:00Z"),
                DESK);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("end").asString()).isEqualTo("2026-12-01T19:00:00-05:00");
        assertThat(slotStarts(ADJUSTMENT, LIN, "2026-12-01", "2026-12-01")).hasSize(11);
    }

    @Test
    void bookedAppointmentsInsideMakeIt409WithTheirReferencesAndNothingIsStored() {
        String reference = book(ADJUSTMENT, LIN, "2026-12-01T16:00:00-05:00");

        var response = http.post(LIN_TIME_OFF, TUESDAY_AFTERNOON, DESK);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var conflicts = response.json().get("conflicts");
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).get("reference").asString()).isEqualTo(reference);
        assertThat(conflicts.get(0).get("start").asString()).isEqualTo("2026-12-01T16:00:00-05:00");
        assertThat(http.get(LIN_TIME_OFF, DESK).json()).isEmpty();
    }

    @Test
    void forceRecordsItAndStillListsTheConflictsWhichStayBooked() {
        String reference = book(ADJUSTMENT, LIN, "2026-12-01T16:00:00-05:00");

        var response = http.post(LIN_TIME_OFF + "?force=true", TUESDAY_AFTERNOON, DESK);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("conflicts").get(0).get("reference").asString()).isEqualTo(reference);
        assertThat(status(reference)).isEqualTo("BOOKED");
        assertThat(slotStarts(ADJUSTMENT, LIN, "2026-12-01", "2026-12-01")).hasSize(11);
    }

    @Test
    void aVisitEndingAsTheTimeOffStartsIsNoConflict() {
        book(ADJUSTMENT, LIN, "2026-12-01T13:30:00-05:00");

        var response = http.post(LIN_TIME_OFF, Map.of("start", "2026-12-01T14:00:00-05:00",
                "end", "2026-12-01T15:00:00-05:00"), DESK);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("conflicts")).isEmpty();
    }

    @Test
    void invalidTimeOffIs400NamingTheFieldAndStoresNothing() {
        assertInvalid(Map.of("start", "2026-12-01T15:00:00-05:00", "end", "2026-12-01T15:00:00-05:00"), "end");
        assertInvalid(Map.of("start", "2026-12-01T15:00:00-05:00", "end", "2027-12-03T15:00:00-05:00"), "end");
        assertInvalid(Map.of("start", "2026-11-01T15:00:00-05:00", "end", "2026-11-02T15:00:00-05:00"), "end");
        assertInvalid(Map.of("start", "0000-01-01T00:00:00Z", "end", "0000-01-02T00:00:00Z"), "end");
        assertInvalid(Map.of("start", "9999-01-01T00:00:00Z", "end", "9999-01-02T00:00:00Z"), "start");
        assertInvalid(Map.of("end", "2026-12-01T15:00:00-05:00"), "start");
        assertInvalid(Map.of("start", "2026-12-01T15:00:00-05:00", "end", "2026-12-01T16:00:00-05:00",
                "reason", "x".repeat(201)), "reason");
        assertThat(http.post(LIN_TIME_OFF, "{\"start\": \"tomorrow\"", DESK).status()).isEqualTo(400);
        assertThat(http.post(LIN_TIME_OFF, "{\"start\": 12, \"end\": []}", DESK).status()).isEqualTo(400);
        assertThat(http.post(LIN_TIME_OFF + "?force=maybe", TUESDAY_AFTERNOON, DESK).status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM time_off").query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownPractitionerIs404AndAMalformedIdIs400() {
        String unknown = "/api/booking/practitioners/" + UUID.randomUUID() + "/time-off";

        assertThat(http.post(unknown, TUESDAY_AFTERNOON, DESK).status()).isEqualTo(404);
        assertThat(http.get(unknown, DESK).status()).isEqualTo(404);
        assertThat(http.post("/api/booking/practitioners/lin/time-off", TUESDAY_AFTERNOON, DESK).status())
                .isEqualTo(400);
    }

    @Test
    void deletingTimeOffBringsTheSlotsBack() {
        String id = http.post(LIN_TIME_OFF, TUESDAY_AFTERNOON, DESK).json().get("id").asString();
        // Through another practitioner's path it is not found, and stays.
        assertThat(delete("/api/booking/practitioners/" + OKAFOR + "/time-off/" + id, DESK).status()).isEqualTo(404);

        assertThat(delete(LIN_TIME_OFF + "/" + id, DESK).status()).isEqualTo(204);

        assertThat(slotStarts(ADJUSTMENT, LIN, "2026-12-01", "2026-12-01")).hasSize(11 + 15);
        assertThat(delete(LIN_TIME_OFF + "/" + id, DESK).status()).isEqualTo(404);
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        var response = http.post(LIN_TIME_OFF, body, DESK);
        assertThat(response.status()).as(body.toString()).isEqualTo(400);
        assertThat(fields(response.json())).as(body.toString()).containsExactly(field);
    }
}
