package org.clinic.booking.appointment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.clinic.booking.clinic.ClinicProperties;
import org.springframework.stereotype.Component;

/**
 * Times as the booking pages write them: always in the clinic's zone (the visit happens there), spelled out in full
 * so a screen reader says "Tuesday 1 December, 9:00 AM" rather than "9:00".
 */
@Component
class ClinicTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.US);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.US);
    private static final DateTimeFormatter DATE_AND_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final ZoneId zone;
    private final Clock clock;

    ClinicTimes(ClinicProperties clinic, Clock clock) {
        this.zone = clinic.timeZone();
        this.clock = clock;
    }

    ZoneId zone() {
        return zone;
    }

    /** "Eastern Time (America/New_York)": the name people know, and the id that settles any doubt. */
    String zoneName() {
        return zone.getDisplayName(TextStyle.FULL, Locale.US) + " (" + zone.getId() + ")";
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    String day(LocalDate day) {
        return DAY.format(day);
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** "Tuesday 1 December, 9:00 AM": a slot's accessible name. */
    String dayAndTime(Instant instant) {
        return DAY.format(instant.atZone(zone)) + ", " + time(instant);
    }

    /** "Tuesday 1 December 2026, 9:00 AM": a booked visit. */
    String full(Instant instant) {
        return DAY_AND_YEAR.format(instant.atZone(zone)) + ", " + time(instant);
    }

    /** "30 November – 6 December 2026". */
    String week(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        return (monday.getYear() == sunday.getYear() ? DATE : DATE_AND_YEAR).format(monday) + " – "
                + DATE_AND_YEAR.format(sunday);
    }

    /** ISO-8601 with the clinic's offset that day, as the API writes slot starts. */
    String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
