package org.clinic.booking.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** 2026-12-24 is a Thursday and 12-25 a Friday; every demo practitioner offers the initial evaluation. */
class ClosuresIT extends ScheduleChangeTest {

    private static final String CLOSURES = "/api/booking/closures";
    private static final Map<String, Object> CHRISTMAS = Map.of("from", "2026-12-24", "to", "2026-12-25",
            "reason", "Holidays");

    @Test
    void aClosureRemovesEveryonesSlotsFromLocalMidnightToLocalMidnight() {
        var response = http.post(CLOSURES, CHRISTMAS, ADMIN);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("start").asString()).isEqualTo("2026-12-24T00:00:00-05:00");
        assertThat(response.json().get("end").asString()).isEqualTo("2026-12-26T00:00:00-05:00");
        assertThat(response.json().get("conflicts")).isEmpty();
        var starts = slotStarts(EVALUATION, null, "2026-12-23", "2026-12-28");
        assertThat(starts).noneMatch(s -> s.startsWith("2026-12-24") || s.startsWith("2026-12-25"))
                .anyMatch(s -> s.startsWith("2026-12-23")).anyMatch(s -> s.startsWith("2026-12-26"))
                .anyMatch(s -> s.startsWith("2026-12-28"));
    }

    @Test
    void anyoneMayReadUpcomingClosuresButNotWhoRecordedThem() {
        http.post(CLOSURES, Map.of("from", "2027-01-01", "reason", "New Year's Day"), ADMIN);
        http.post(CLOSURES, CHRISTMAS, ADMIN);
        jdbc.sql("INSERT INTO clinic_closure (id, first_day, last_day, created_by) VALUES"
                + " (gen_random_uuid(), '2026-11-26', '2026-11-27', 'desk')").update();

        var closures = http.get(CLOSURES).json();

        assertThat(closures).hasSize(2);
        assertThat(closures.get(0).get("from").asString()).isEqualTo("2026-12-24");
        assertThat(closures.get(1).get("to").asString()).isEqualTo("2027-01-01");
        assertThat(closures.get(1).get("reason").asString()).isEqualTo("New Year's Day");
        assertThat(closures.get(0).has("createdBy")).isFalse();
    }

    @Test
    void bookingsOnClosedDaysMakeIt409UnlessForced() {
        String reference = book(EVALUATION, OKAFOR, "2026-12-24T09:00:00-05:00");

        var refused = http.post(CLOSURES, CHRISTMAS, ADMIN);
        var forced = http.post(CLOSURES + "?force=true", CHRISTMAS, ADMIN);

        assertThat(refused.status()).isEqualTo(409);
        var conflict = refused.json().get("conflicts").get(0);
        assertThat(conflict.get("reference").asString()).isEqualTo(reference);
        assertThat(conflict.get("start").asString()).isEqualTo("2026-12-24T09:00:00-05:00");
        assertThat(conflict.get("practitionerId").asString()).isEqualTo(OKAFOR.toString());
        assertThat(forced.status()).isEqualTo(201);
        assertThat(forced.json().get("conflicts").get(0).get("reference").asString()).isEqualTo(reference);
        assertThat(status(reference)).isEqualTo("BOOKED");
        assertThat(jdbc.sql("SELECT count(*) FROM clinic_closure").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void invalidClosuresAre400NamingTheFieldAndStoreNothing() {
        assertInvalid(Map.of("from", "2026-12-25", "to", "2026-12-24"), "to");
        assertInvalid(Map.of("from", "2026-11-01"), "to");
        assertInvalid(Map.of("from", "0000-01-01"), "to");
        assertInvalid(Map.of("from", "9999-12-31"), "from");
        assertInvalid(Map.of("from", "2026-12-01", "to", "2027-12-02"), "to");
        assertInvalid(Map.of("to", "2026-12-24"), "from");
        assertInvalid(Map.of("from", "2026-12-24", "reason", "x".repeat(201)), "reason");
        assertThat(http.post(CLOSURES, Map.of("from", "+999999999-12-31"), ADMIN).status()).isEqualTo(400);
        assertThat(http.post(CLOSURES, Map.of("from", "24/12/2026"), ADMIN).status()).isEqualTo(400);
        assertThat(post(CLOSURES, "text/plain", "2026-12-24", ADMIN).status()).isEqualTo(415);
        assertThat(jdbc.sql("SELECT count(*) FROM clinic_closure").query(Long.class).single()).isZero();
    }

    @Test
    void deletingAClosureReopensItsDays() {
        String id = http.post(CLOSURES, CHRISTMAS, ADMIN).json().get("id").asString();

        assertThat(delete(CLOSURES + "/" + id, ADMIN).status()).isEqualTo(204);

        assertThat(slotStarts(EVALUATION, OKAFOR, "2026-12-24", "2026-12-24")).isNotEmpty();
        assertThat(delete(CLOSURES + "/" + id, ADMIN).status()).isEqualTo(404);
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        var response = http.post(CLOSURES, body, ADMIN);
        assertThat(response.status()).as(body.toString()).isEqualTo(400);
        assertThat(fields(response.json())).as(body.toString()).containsExactly(field);
    }
}
