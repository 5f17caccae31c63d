package org.clinic.booking.desk.caller;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.slot.Availability;
import org.clinic.booking.slot.Slot;
import org.springframework.stereotype.Component;

/**
 * The next free times a caller can be offered, from a day on, across the practitioners who offer the visit (or the
 * one asked for). The desk books as staff, so times inside the online minimum notice are offered too.
 */
@Component
class FreeTimes {

    static final int COUNT = 10;
    /** Windows searched in turn: a busy week, then the weeks after it, so a quiet clinic costs one query. */
    private static final int[] WINDOW_DAYS = {6, 27};
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", Locale.US);

    private final Availability availability;
    private final Catalogue catalogue;
    private final ZoneId zone;

    FreeTimes(Availability availability, Catalogue catalogue, ClinicProperties clinic) {
        this.availability = availability;
        this.catalogue = catalogue;
        this.zone = clinic.timeZone();
    }

    /** A radio button of the form: {@code value} is "start|practitionerId". */
    record Choice(String id, String value, String when, String practitioner, boolean checked) {
    }

    /** The choices and, when there is something to say about them, a note (why none, or why not the one wanted). */
    record Times(List<Choice> choices, String note) {
    }

    Times from(AppointmentType type, UUID practitioner, LocalDate day, CallerForm.ChosenSlot wanted) {
        List<UUID> who = practitioner == null ? type.practitionerIds()
                : type.offeredBy(practitioner) ? List.of(practitioner) : List.of();
        if (who.isEmpty()) {
            return new Times(List.of(), name(practitioner) + " does not offer " + type.name() + ". Choose Anyone or "
                    + "another practitioner.");
        }
        // A time picked in the day grid comes first, then what follows it.
        boolean wantedThatDay = wanted != null && wanted.start().atZoneSameInstant(zone).toLocalDate().equals(day);
        Instant notBefore = wantedThatDay ? wanted.start().toInstant() : Instant.MIN;
        List<Slot> slots = List.of();
        for (int days : WINDOW_DAYS) {
            slots = availability.freeSlots(type, who, day, day.plusDays(days), Availability.Booker.STAFF).stream()
                    .filter(s -> !s.start().isBefore(notBefore)).toList();
            if (slots.size() >= COUNT) {
                break;
            }
        }
        List<Slot> offered = practitioner == null ? distinctTimes(slots) : slots;
        List<Choice> choices = offered.stream().limit(COUNT).map(s -> choice(s, wanted)).toList();
        String note = null;
        if (wanted != null && choices.stream().noneMatch(Choice::checked) && wantedThatDay) {
            note = when(wanted.start().toInstant()) + " is not free for " + type.name() + ". The next free times:";
        } else if (choices.isEmpty()) {
            note = "No free times in the four weeks from this day. Try a later date or another practitioner.";
        }
        return new Times(choices, note);
    }

    String when(Instant start) {
        return DAY_TIME.format(start.atZone(zone));
    }

    String value(Slot slot) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(slot.start().atZone(zone)) + "|" + slot.practitionerId();
    }

    private Choice choice(Slot slot, CallerForm.ChosenSlot wanted) {
        boolean checked = wanted != null && wanted.start().toInstant().equals(slot.start())
                && wanted.practitionerId().equals(slot.practitionerId());
        return new Choice("slot-" + slot.start().getEpochSecond() + "-" + slot.practitionerId().toString()
                .substring(0, 8), value(slot), when(slot.start()), name(slot.practitionerId()), checked);
    }

    private String name(UUID practitioner) {
        return catalogue.practitioner(practitioner).map(Practitioner::name).orElse("This practitioner");
    }

    /** For "Anyone": each time once, with the first practitioner free then, so ten choices are ten times. */
    private static List<Slot> distinctTimes(List<Slot> slots) {
        Map<Instant, Slot> byStart = new LinkedHashMap<>();
        slots.stream().sorted(Comparator.comparing(Slot::start)).forEach(s -> byStart.putIfAbsent(s.start(), s));
        return new ArrayList<>(byStart.values());
    }
}
