package org.clinic.booking.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkingHoursIT extends ScheduleChangeTest {

    private static final String LIN_HOURS = "/api/booking/practitioners/" + LIN + "/working-hours";

    @Test
    void theWeekIsShownInLocalTimesOfTheClinicsZone() {
        var week = http.get(LIN_HOURS, DESK).json();

        assertThat(week.get("timeZone").asString()).isEqualTo("America/New_York");
        var hours = week.get("workingHours");
        assertThat(hours).hasSize(9);
        assertThat(hours.get(0).get("dayOfWeek").asString()).isEqualTo("MONDAY");
        assertThat(hours.get(0).get("start").asString()).isEqualTo("09:00");
        assertThat(hours.get(0).get("end").asString()).isEqualTo("12:30");
        assertThat(hours.get(8).get("dayOfWeek").asString()).isEqualTo("SATURDAY");
        assertThat(week.has("conflicts")).isFalse();
    }

    @Test
    void aNewWeekReplacesTheOldAndSlotsFollowIt() {
        var response = put(LIN_HOURS, """
                [{"dayOfWeek": "TUESDAY", "start": "08:00", "end": "10:00"}]""", DESK);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("workingHours")).hasSize(1);
        assertThat(response.json().get("conflicts")).isEmpty();
        assertThat(slotStarts(ADJUSTMENT, LIN, "2026-12-01", "2026-12-02")).containsExactly(
                "2026-12-01T08:00:00-05:00", "2026-12-01T08:15:00-05:00", "2026-12-01T08:30:00-05:00",
                "2026-12-01T08:45:00-05:00", "2026-12-01T09:00:00-05:00", "2026-12-01T09:15:00-05:00",
                "2026-12-01T09:30:00-05:00");
        assertThat(http.get(LIN_HOURS, DESK).json().get("workingHours")).hasSize(1);
    }

    @Test
    void upcomingBookingsNoLongerInsideTheHoursAreListedAndStayBooked() {
        String tuesday = book(ADJUSTMENT, LIN, "2026-12-01T16:00:00-05:00");
        String mondayNoon = book(ADJUSTMENT, LIN, "2026-12-07T12:00:00-05:00");
        book(ADJUSTMENT, LIN, "2026-12-07T09:00:00-05:00");

        // Monday now ends at 12:15, so the 12:00-12:30 visit sticks out; Tuesday is gone altogether.
        var response = put(LIN_HOURS, """
                [{"dayOfWeek": "MONDAY", "start": "09:00", "end": "12:15"}]""", DESK);

        assertThat(response.status()).isEqualTo(200);
        var conflicts = response.json().get("conflicts");
        assertThat(conflicts).hasSize(2);
        assertThat(conflicts.get(0).get("reference").asString()).isEqualTo(tuesday);
        assertThat(conflicts.get(0).get("start").asString()).isEqualTo("2026-12-01T16:00:00-05:00");
        assertThat(conflicts.get(1).get("reference").asString()).isEqualTo(mondayNoon);
        assertThat(status(tuesday)).isEqualTo("BOOKED");
        assertThat(status(mondayNoon)).isEqualTo("BOOKED");
    }

    @Test
    void invalidWeeksAre400WithEveryErrorAndChangeNothing() {
        String before = http.get(LIN_HOURS, DESK).body();

        assertInvalid("""
                [{"dayOfWeek": "MONDAY", "start": "09:00", "end": "12:00"},
                 {"dayOfWeek": "MONDAY", "start": "11:00", "end": "13:00"}]""", "[1]");
        assertInvalid("""
                [{"dayOfWeek": "MONDAY", "start": "17:00", "end": "09:00"}]""", "[0].end");
        assertInvalid("""
                [{"dayOfWeek": "FUNDAY", "start": "25:00", "end": "9:00"}]""", "[0].dayOfWeek", "[0].start", "[0].end");
        assertInvalid("""
                [{"dayOfWeek": "MONDAY"}, null]""", "[0].start", "[0].end", "[1]");
        assertThat(put(LIN_HOURS, "{\"dayOfWeek\": \"MONDAY\"}", DESK).status()).isEqualTo(400);
        assertThat(put(LIN_HOURS, "[{\"dayOfWeek\": {}}]", DESK).status()).isEqualTo(400);
        assertThat(put(LIN_HOURS, "[", DESK).status()).isEqualTo(400);
        assertThat(http.get(LIN_HOURS, DESK).body()).isEqualTo(before);
    }

    @Test
    void anUnknownPractitionerIs404() {
        String unknown = "/api/booking/practitioners/" + UUID.randomUUID() + "/working-hours";

        assertThat(http.get(unknown, DESK).status()).isEqualTo(404);
        assertThat(put(unknown, "[]", DESK).status()).isEqualTo(404);
    }

    private void assertInvalid(String json, String... fields) {
        var response = put(LIN_HOURS, json, DESK);
        assertThat(response.status()).as(json).isEqualTo(400);
        assertThat(fields(response.json())).as(json).containsExactly(fields);
    }
}
