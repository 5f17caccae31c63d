package org.clinic.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlotCalculatorTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final UUID PT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID DC = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void aNineOClockOpeningIsNineLocalOnBothSidesOfSpringForward() {
        var hours = List.of(interval(PT, DayOfWeek.SATURDAY, "09:00", "10:00"),
                interval(PT, DayOfWeek.MONDAY, "09:00", "10:00"));

        var slots = calculate(30, 0, "2027-03-13", "2027-03-15", hours, List.of());

        assertThat(starts(slots)).containsExactly(
                "2027-03-13T14:00:00Z", "2027-03-13T14:15:00Z", "2027-03-13T14:30:00Z",
                "2027-03-15T13:00:00Z", "2027-03-15T13:15:00Z", "2027-03-15T13:30:00Z");
    }

    @Test
    void hoursThatSpanTheSpringForwardGapOnlyOfferTimeThatExists() {
        // 01:00-04:00 on 2027-03-14 is two real hours: 02:00-03:00 local never happens.
        var slots = calculate(30, 0, "2027-03-14", "2027-03-14",
                List.of(interval(PT, DayOfWeek.SUNDAY, "01:00", "04:00")), List.of());

        assertThat(starts(slots)).containsExactly("2027-03-14T06:00:00Z", "2027-03-14T06:15:00Z",
                "2027-03-14T06:30:00Z", "2027-03-14T06:45:00Z", "2027-03-14T07:00:00Z", "2027-03-14T07:15:00Z",
                "2027-03-14T07:30:00Z");
    }

    @Test
    void hoursThatSpanFallBackOfferTheRepeatedHourOnce() {
        // 00:30-02:30 on 2026-11-01 is three real hours: 01:00-02:00 local happens twice.
        var slots = calculate(60, 0, "2026-11-01", "2026-11-01",
                List.of(interval(PT, DayOfWeek.SUNDAY, "00:30", "02:30")), List.of());

        assertThat(slots).hasSize(9);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-11-01T04:30:00Z"));
        assertThat(slots.get(8).start()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
    }

    @Test
    void theBufferMustFitBeforeClosingAndBeforeTheNextBooking() {
        var hours = List.of(interval(PT, DayOfWeek.TUESDAY, "09:00", "11:00"));
        var busy = List.of(new BusyRange(PT, Instant.parse("2026-12-01T15:00:00Z"), Instant.parse("2026-12-01T15:30:00Z")));

        var slots = calculate(30, 15, "2026-12-01", "2026-12-01", hours, busy);

        // 09:00-11:00 local is 14:00-16:00Z and a start needs 45 free minutes: 14:15Z (free until 15:00Z) is the last
        // before the booking at 15:00Z, and after it 15:30Z would be free until 16:15Z, past the 16:00Z close.
        assertThat(starts(slots)).containsExactly("2026-12-01T14:00:00Z", "2026-12-01T14:15:00Z");
    }

    @Test
    void noticeAndHorizonCutTheRangeAndOtherPractitionersAreUnaffectedByBusyTime() {
        var hours = List.of(interval(PT, DayOfWeek.TUESDAY, "09:00", "10:00"),
                interval(DC, DayOfWeek.TUESDAY, "09:00", "10:00"),
                interval(PT, DayOfWeek.WEDNESDAY, "09:00", "10:00"));
        var busy = List.of(new BusyRange(DC, Instant.parse("2026-12-01T14:30:00Z"), Instant.parse("2026-12-01T15:00:00Z")));
        var search = new SlotCalculator.Search(Duration.ofMinutes(30), Duration.ofMinutes(30), LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-02"), NEW_YORK, Instant.parse("2026-12-01T14:15:00Z"), LocalDate.parse("2026-12-01"));

        var slots = SlotCalculator.calculate(search, List.of(PT, DC), hours, busy);

        assertThat(slots).extracting(s -> s.practitionerId() + "@" + s.start()).containsExactly(
                PT + "@2026-12-01T14:15:00Z", PT + "@2026-12-01T14:30:00Z");
    }

    @Test
    void overlappingAndTouchingBusyTimeBlocksItsUnionAndNothingElse() {
        // Tuesday 09:00-12:00 local is 14:00-17:00Z. A booking, time off overlapping it and a closure touching it
        // block 14:30-15:45Z together; the other practitioner's busy time does not count.
        var hours = List.of(interval(PT, DayOfWeek.TUESDAY, "09:00", "12:00"));
        var busy = List.of(
                new BusyRange(PT, Instant.parse("2026-12-01T14:45:00Z"), Instant.parse("2026-12-01T15:30:00Z")),
                new BusyRange(PT, Instant.parse("2026-12-01T14:30:00Z"), Instant.parse("2026-12-01T15:00:00Z")),
                new BusyRange(PT, Instant.parse("2026-12-01T15:30:00Z"), Instant.parse("2026-12-01T15:45:00Z")),
                new BusyRange(DC, Instant.parse("2026-12-01T15:45:00Z"), Instant.parse("2026-12-01T17:00:00Z")));

        var slots = calculate(30, 0, "2026-12-01", "2026-12-01", hours, busy);

        assertThat(starts(slots)).containsExactly("2026-12-01T14:00:00Z", "2026-12-01T15:45:00Z",
                "2026-12-01T16:00:00Z", "2026-12-01T16:15:00Z", "2026-12-01T16:30:00Z");
    }

    @Test
    void aVisitIsCoveredByAnIntervalOnlyOnItsOwnLocalDayAndWhollyInside() {
        var morning = interval(PT, DayOfWeek.TUESDAY, "09:00", "12:00");

        assertThat(morning.covers(Instant.parse("2026-12-01T14:00:00Z"), Instant.parse("2026-12-01T17:00:00Z"),
                NEW_YORK)).isTrue();
        assertThat(morning.covers(Instant.parse("2026-12-01T16:30:00Z"), Instant.parse("2026-12-01T17:15:00Z"),
                NEW_YORK)).isFalse();
        assertThat(morning.covers(Instant.parse("2026-12-02T14:00:00Z"), Instant.parse("2026-12-02T15:00:00Z"),
                NEW_YORK)).isFalse();
    }

    private static List<Slot> calculate(int minutes, int buffer, String from, String to, List<WorkingInterval> hours,
            List<BusyRange> busy) {
        var search = new SlotCalculator.Search(Duration.ofMinutes(minutes), Duration.ofMinutes(minutes + buffer),
                LocalDate.parse(from), LocalDate.parse(to), NEW_YORK, Instant.EPOCH, LocalDate.parse("2100-01-01"));
        return SlotCalculator.calculate(search, List.of(PT, DC), hours, busy);
    }

    private static WorkingInterval interval(UUID who, DayOfWeek day, String start, String end) {
        return new WorkingInterval(who, day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static List<String> starts(List<Slot> slots) {
        return slots.stream().map(s -> s.start().toString()).toList();
    }
}
