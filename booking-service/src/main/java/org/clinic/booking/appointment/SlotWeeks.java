package org.clinic.booking.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.slot.Availability;
import org.clinic.booking.slot.Slot;
import org.springframework.stereotype.Component;

/**
 * The slot picker of the booking and reschedule pages: a week (Monday to Sunday in the clinic's zone) of free
 * times, each time once even when several practitioners are free then, since the patient picks a time.
 */
@Component
class SlotWeeks {

    private final Availability availability;
    private final ClinicTimes times;
    private final int horizonDays;

    SlotWeeks(Availability availability, ClinicTimes times, ClinicProperties clinic) {
        this.availability = availability;
        this.times = times;
        this.horizonDays = clinic.policy().horizonDays();
    }

    record SlotLink(String time, String label, String href) {
    }

    record Day(String label, List<SlotLink> slots) {
    }

    /** Navigation links are null where there is nowhere to go; {@code nextWithSlots} only for an empty week. */
    record Week(String title, List<Day> days, String earlier, String later, String nextWithSlots) {
        public boolean isEmpty() {
            return days.isEmpty();
        }
    }

    /**
     * The week containing {@code requested}, or without one the first week with a free slot, so nobody has to page
     * through empty weeks to find the first opening.
     */
    Week week(AppointmentType type, List<UUID> practitioners, LocalDate requested,
            Function<LocalDate, String> weekLink, Function<Slot, String> slotLink) {
        LocalDate thisWeek = ClinicTimes.monday(times.today());
        LocalDate lastWeek = ClinicTimes.monday(lastDay());
        LocalDate monday;
        List<Slot> slots;
        LocalDate next = null;
        if (requested == null) {
            monday = thisWeek;
            slots = free(type, practitioners, monday);
            while (slots.isEmpty() && monday.isBefore(lastWeek)) {
                monday = monday.plusWeeks(1);
                slots = free(type, practitioners, monday);
            }
        } else {
            monday = ClinicTimes.monday(requested);
            monday = monday.isBefore(thisWeek) ? thisWeek : monday.isAfter(lastWeek) ? lastWeek : monday;
            slots = free(type, practitioners, monday);
            if (slots.isEmpty()) {
                next = nextWeekWithSlots(type, practitioners, monday, lastWeek);
            }
        }
        Map<LocalDate, List<SlotLink>> days = new LinkedHashMap<>();
        for (Slot slot : slots) {
            days.computeIfAbsent(times.day(slot.start()), d -> new ArrayList<>()).add(
                    new SlotLink(times.time(slot.start()), times.dayAndTime(slot.start()), slotLink.apply(slot)));
        }
        List<Day> grouped = days.entrySet().stream().map(e -> new Day(times.day(e.getKey()), e.getValue())).toList();
        return new Week(times.week(monday), grouped,
                monday.isAfter(thisWeek) ? weekLink.apply(monday.minusWeeks(1)) : null,
                monday.isBefore(lastWeek) ? weekLink.apply(monday.plusWeeks(1)) : null,
                next == null ? null : weekLink.apply(next));
    }

    /**
     * Up to {@code count} free times nearest to {@code wanted} (a few days either side), in time order; if none
     * are near, the first ones from today. {@code wanted} may be anything a form sent, the year 9999 included.
     */
    List<Slot> nearest(AppointmentType type, List<UUID> practitioners, Instant wanted, int count) {
        Instant now = times.now();
        Instant latest = now.plus(Duration.ofDays(horizonDays));
        Instant target = wanted.isBefore(now) ? now : wanted.isAfter(latest) ? latest : wanted;
        LocalDate day = times.day(target);
        List<Slot> near = distinctTimes(availability.freeSlots(type, practitioners, day.minusDays(3), day.plusDays(3),
                Availability.Booker.PATIENT));
        if (near.isEmpty()) {
            near = distinctTimes(availability.freeSlots(type, practitioners, times.today(),
                    times.today().plusDays(13), Availability.Booker.PATIENT));
            return near.subList(0, Math.min(count, near.size()));
        }
        return near.stream()
                .sorted(Comparator.comparing((Slot s) -> Duration.between(target, s.start()).abs()))
                .limit(count)
                .sorted(Comparator.comparing(Slot::start))
                .toList();
    }

    private LocalDate nextWeekWithSlots(AppointmentType type, List<UUID> practitioners, LocalDate after,
            LocalDate lastWeek) {
        for (LocalDate monday = after.plusWeeks(1); !monday.isAfter(lastWeek); monday = monday.plusWeeks(1)) {
            if (!free(type, practitioners, monday).isEmpty()) {
                return monday;
            }
        }
        return null;
    }

    private List<Slot> free(AppointmentType type, List<UUID> practitioners, LocalDate monday) {
        return distinctTimes(availability.freeSlots(type, practitioners, monday, monday.plusDays(6),
                Availability.Booker.PATIENT));
    }

    /** One slot per start time: the first practitioner free then (the API's order is start, then practitioner). */
    private static List<Slot> distinctTimes(List<Slot> slots) {
        Map<Instant, Slot> byStart = new LinkedHashMap<>();
        slots.stream().sorted(Comparator.comparing(Slot::start)).forEach(s -> byStart.putIfAbsent(s.start(), s));
        return List.copyOf(byStart.values());
    }

    private LocalDate lastDay() {
        return times.today().plusDays(horizonDays);
    }
}
