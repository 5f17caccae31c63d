package org.clinic.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Slots on the days clocks change, with every expected start worked out by hand. Practitioner A works 09:00-17:00
 * and B 13:00-19:00 (local) on the transition Sunday; the visit is 60 minutes plus a 15-minute buffer. "Now" is on
 * the Saturday before the change and the notice is 24 hours, counted as real elapsed time (as Availability does:
 * now plus the notice, both instants). So the first bookable start is not "the same wall-clock time tomorrow":
 * a day with a missing hour puts it an hour later on the wall, a day with a repeated hour an hour earlier.
 * Transition dates were checked with ZoneRules.nextTransition.
 */
class DstGoldenTests {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final Duration NOTICE = Duration.ofHours(24);

    @Test
    void newYorkSpringForwardFromSaturday1430EstOpensSunday1530Edt() {
        // 2027-03-14 02:00 EST becomes 03:00 EDT. 14:30-05:00 plus 24 h is 19:30Z, which is 15:30-04:00.
        assertThat(slots("America/New_York", "2027-03-14", "2027-03-13T14:30-05:00")).containsExactly(
                "A 2027-03-14T15:30-04:00", "B 2027-03-14T15:30-04:00", "A 2027-03-14T15:45-04:00",
                "B 2027-03-14T15:45-04:00", "B 2027-03-14T16:00-04:00", "B 2027-03-14T16:15-04:00",
                "B 2027-03-14T16:30-04:00", "B 2027-03-14T16:45-04:00", "B 2027-03-14T17:00-04:00",
                "B 2027-03-14T17:15-04:00", "B 2027-03-14T17:30-04:00", "B 2027-03-14T17:45-04:00");
    }

    @Test
    void newYorkFallBackFromSaturday1630EdtOpensSunday1530Est() {
        // 2026-11-01 02:00 EDT becomes 01:00 EST. 16:30-04:00 plus 24 h is 20:30Z, which is 15:30-05:00.
        assertThat(slots("America/New_York", "2026-11-01", "2026-10-31T16:30-04:00")).containsExactly(
                "A 2026-11-01T15:30-05:00", "B 2026-11-01T15:30-05:00", "A 2026-11-01T15:45-05:00",
                "B 2026-11-01T15:45-05:00", "B 2026-11-01T16:00-05:00", "B 2026-11-01T16:15-05:00",
                "B 2026-11-01T16:30-05:00", "B 2026-11-01T16:45-05:00", "B 2026-11-01T17:00-05:00",
                "B 2026-11-01T17:15-05:00", "B 2026-11-01T17:30-05:00", "B 2026-11-01T17:45-05:00");
    }

    @Test
    void berlinSpringForwardFromSaturday1430CetOpensSunday1530Cest() {
        // 2027-03-28 02:00 CET becomes 03:00 CEST. 14:30+01:00 plus 24 h is 13:30Z, which is 15:30+02:00.
        assertThat(slots("Europe/Berlin", "2027-03-28", "2027-03-27T14:30+01:00")).containsExactly(
                "A 2027-03-28T15:30+02:00", "B 2027-03-28T15:30+02:00", "A 2027-03-28T15:45+02:00",
                "B 2027-03-28T15:45+02:00", "B 2027-03-28T16:00+02:00", "B 2027-03-28T16:15+02:00",
                "B 2027-03-28T16:30+02:00", "B 2027-03-28T16:45+02:00", "B 2027-03-28T17:00+02:00",
                "B 2027-03-28T17:15+02:00", "B 2027-03-28T17:30+02:00", "B 2027-03-28T17:45+02:00");
    }

    @Test
    void berlinFallBackFromSaturday1630CestOpensSunday1530Cet() {
        // 2026-10-25 03:00 CEST becomes 02:00 CET. 16:30+02:00 plus 24 h is 14:30Z, which is 15:30+01:00.
        assertThat(slots("Europe/Berlin", "2026-10-25", "2026-10-24T16:30+02:00")).containsExactly(
                "A 2026-10-25T15:30+01:00", "B 2026-10-25T15:30+01:00", "A 2026-10-25T15:45+01:00",
                "B 2026-10-25T15:45+01:00", "B 2026-10-25T16:00+01:00", "B 2026-10-25T16:15+01:00",
                "B 2026-10-25T16:30+01:00", "B 2026-10-25T16:45+01:00", "B 2026-10-25T17:00+01:00",
                "B 2026-10-25T17:15+01:00", "B 2026-10-25T17:30+01:00", "B 2026-10-25T17:45+01:00");
    }

    @Test
    void adelaideSpringForwardFromSaturday1430AcstOpensSunday1530Acdt() {
        // 2026-10-04 02:00 +09:30 becomes 03:00 +10:30. 14:30+09:30 plus 24 h is 05:00Z, which is 15:30+10:30.
        assertThat(slots("Australia/Adelaide", "2026-10-04", "2026-10-03T14:30+09:30")).containsExactly(
                "A 2026-10-04T15:30+10:30", "B 2026-10-04T15:30+10:30", "A 2026-10-04T15:45+10:30",
                "B 2026-10-04T15:45+10:30", "B 2026-10-04T16:00+10:30", "B 2026-10-04T16:15+10:30",
                "B 2026-10-04T16:30+10:30", "B 2026-10-04T16:45+10:30", "B 2026-10-04T17:00+10:30",
                "B 2026-10-04T17:15+10:30", "B 2026-10-04T17:30+10:30", "B 2026-10-04T17:45+10:30");
    }

    @Test
    void adelaideFallBackFromSaturday1630AcdtOpensSunday1530Acst() {
        // 2027-04-04 03:00 +10:30 becomes 02:00 +09:30. 16:30+10:30 plus 24 h is 06:00Z, which is 15:30+09:30.
        assertThat(slots("Australia/Adelaide", "2027-04-04", "2027-04-03T16:30+10:30")).containsExactly(
                "A 2027-04-04T15:30+09:30", "B 2027-04-04T15:30+09:30", "A 2027-04-04T15:45+09:30",
                "B 2027-04-04T15:45+09:30", "B 2027-04-04T16:00+09:30", "B 2027-04-04T16:15+09:30",
                "B 2027-04-04T16:30+09:30", "B 2027-04-04T16:45+09:30", "B 2027-04-04T17:00+09:30",
                "B 2027-04-04T17:15+09:30", "B 2027-04-04T17:30+09:30", "B 2027-04-04T17:45+09:30");
    }

    @Test
    void adelaidesNineOClockOpeningIsTheDayBeforeInUtcAndMovesAnHourAcrossTheGap() {
        var hours = List.of(interval(A, DayOfWeek.SATURDAY, "09:00", "10:00"),
                interval(A, DayOfWeek.SUNDAY, "09:00", "10:00"));
        var search = search("Australia/Adelaide", "2026-10-03", "2026-10-04", Instant.EPOCH, 30, 0);

        var slots = SlotCalculator.calculate(search, List.of(A), hours, List.of());

        // 09:00+09:30 is 23:30Z the previous day; after the change 09:00+10:30 is 22:30Z.
        assertThat(slots).extracting(s -> s.start().toString()).containsExactly(
                "2026-10-02T23:30:00Z", "2026-10-02T23:45:00Z", "2026-10-03T00:00:00Z",
                "2026-10-03T22:30:00Z", "2026-10-03T22:45:00Z", "2026-10-03T23:00:00Z");
    }

    @Test
    void kolkataHasNoTransitionSoTwentyFourHoursIsTheSameWallClockTime() {
        // +05:30 all year: 15:30+05:30 on Saturday plus 24 h is 10:00Z on Sunday, 15:30+05:30 again.
        assertThat(slots("Asia/Kolkata", "2027-03-14", "2027-03-13T15:30+05:30")).containsExactly(
                "A 2027-03-14T15:30+05:30", "B 2027-03-14T15:30+05:30", "A 2027-03-14T15:45+05:30",
                "B 2027-03-14T15:45+05:30", "B 2027-03-14T16:00+05:30", "B 2027-03-14T16:15+05:30",
                "B 2027-03-14T16:30+05:30", "B 2027-03-14T16:45+05:30", "B 2027-03-14T17:00+05:30",
                "B 2027-03-14T17:15+05:30", "B 2027-03-14T17:30+05:30", "B 2027-03-14T17:45+05:30");
    }

    @Test
    void kolkataSlotsFallOnHalfHoursInUtc() {
        var hours = List.of(interval(A, DayOfWeek.MONDAY, "09:00", "10:00"));
        var search = search("Asia/Kolkata", "2027-03-15", "2027-03-15", Instant.EPOCH, 30, 0);

        var slots = SlotCalculator.calculate(search, List.of(A), hours, List.of());

        assertThat(slots).extracting(s -> s.start().toString()).containsExactly(
                "2027-03-15T03:30:00Z", "2027-03-15T03:45:00Z", "2027-03-15T04:00:00Z");
    }

    /** The transition Sunday's slots for A and B, as "A 2027-03-14T15:30-04:00" in the zone's own offset. */
    private static List<String> slots(String zone, String sunday, String now) {
        var hours = List.of(interval(A, DayOfWeek.SUNDAY, "09:00", "17:00"),
                interval(B, DayOfWeek.SUNDAY, "13:00", "19:00"));
        Instant notBefore = OffsetDateTime.parse(now).toInstant().plus(NOTICE);
        var search = search(zone, sunday, sunday, notBefore, 60, 15);
        return SlotCalculator.calculate(search, List.of(A, B), hours, List.of()).stream()
                .map(s -> (s.practitionerId().equals(A) ? "A " : "B ")
                        + s.start().atZone(ZoneId.of(zone)).toOffsetDateTime())
                .toList();
    }

    private static SlotCalculator.Search search(String zone, String from, String to, Instant notBefore, int minutes,
            int buffer) {
        return new SlotCalculator.Search(Duration.ofMinutes(minutes), Duration.ofMinutes(minutes + buffer),
                LocalDate.parse(from), LocalDate.parse(to), ZoneId.of(zone), notBefore, LocalDate.parse("2100-01-01"));
    }

    private static WorkingInterval interval(UUID who, DayOfWeek day, String start, String end) {
        return new WorkingInterval(who, day, LocalTime.parse(start), LocalTime.parse(end));
    }
}
