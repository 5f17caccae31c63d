package org.clinic.booking.slot;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/** One stretch of a practitioner's weekly hours, in the clinic's local wall-clock time. */
public record WorkingInterval(UUID practitionerId, DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {

    /**
     * When this interval opens on {@code day}. A local time inside a spring-forward gap moves later by the gap's
     * length and one inside a fall-back overlap takes the earlier offset ({@code java.time}'s rules), so slots
     * and conflict checks agree on what a local opening means.
     */
    public Instant opens(LocalDate day, ZoneId zone) {
        return day.atTime(start).atZone(zone).toInstant();
    }

    public Instant closes(LocalDate day, ZoneId zone) {
        return day.atTime(end).atZone(zone).toInstant();
    }

    /** Whether a visit from {@code from} to {@code to} lies wholly inside this interval on the visit's local day. */
    public boolean covers(Instant from, Instant to, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(from, zone);
        return day.getDayOfWeek() == dayOfWeek && !from.isBefore(opens(day, zone)) && !to.isAfter(closes(day, zone));
    }
}
