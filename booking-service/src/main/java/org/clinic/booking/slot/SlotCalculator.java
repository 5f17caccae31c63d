package org.clinic.booking.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns weekly hours into free slots. Pure: everything it needs is passed in, so DST and policy cases
 * are tested without a database or a clock.
 *
 * <p>Local times become instants per calendar day with {@code java.time}, so a 09:00 opening is 09:00 local on
 * both sides of a DST change; the 15-minute grid steps in real elapsed time from each interval's start.
 */
public final class SlotCalculator {

    public static final Duration GRID = Duration.ofMinutes(15);

    private SlotCalculator() {
    }

    /**
     * @param duration  the visit's length, which a slot shows as its end
     * @param occupied  the visit plus its buffer, which must fit inside working hours and free time
     * @param notBefore the earliest start allowed (now plus minimum notice)
     * @param lastDay   the last local day bookable (the horizon)
     */
    public record Search(Duration duration, Duration occupied, LocalDate from, LocalDate to, ZoneId zone,
            Instant notBefore, LocalDate lastDay) {
    }

    /**
     * @param busy everything that blocks time: bookings with their buffers, time off, and closures (given per
     *             practitioner), in any order and possibly overlapping
     */
    public static List<Slot> calculate(Search search, Collection<UUID> practitioners,
            List<WorkingInterval> hours, List<BusyRange> busy) {
        Map<UUID, BusyTimeline> timelines = BusyTimeline.byPractitioner(busy);
        List<Slot> slots = new ArrayList<>();
        LocalDate last = search.to().isAfter(search.lastDay()) ? search.lastDay() : search.to();
        for (LocalDate day = search.from(); !day.isAfter(last); day = day.plusDays(1)) {
            for (WorkingInterval interval : hours) {
                if (interval.dayOfWeek() == day.getDayOfWeek() && practitioners.contains(interval.practitionerId())) {
                    addSlots(slots, search, day, interval, BusyTimeline.of(timelines, interval.practitionerId()));
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::start).thenComparing(Slot::practitionerId));
        return slots;
    }

    private static void addSlots(List<Slot> slots, Search search, LocalDate day, WorkingInterval interval,
            BusyTimeline busy) {
        Instant opens = interval.opens(day, search.zone());
        Instant closes = interval.closes(day, search.zone());
        for (Instant start = opens; !start.plus(search.occupied()).isAfter(closes); start = start.plus(GRID)) {
            Instant freeUntil = start.plus(search.occupied());
            if (start.isBefore(search.notBefore()) || busy.overlaps(start, freeUntil)) {
                continue;
            }
            slots.add(new Slot(interval.practitionerId(), start, start.plus(search.duration())));
        }
    }
}
