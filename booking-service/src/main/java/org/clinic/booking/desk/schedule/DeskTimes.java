package org.clinic.booking.desk.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.clinic.booking.clinic.ClinicProperties;
import org.springframework.stereotype.Component;

/**
 * Times on the desk's pages: always the clinic's wall clock (the receptionist and the visit are both there),
 * written the American way the clinic's patients read them.
 */
@Component
public class DeskTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final ZoneId zone;
    private final Clock clock;

    DeskTimes(ClinicProperties clinic, Clock clock) {
        this.zone = clinic.timeZone();
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** A date from a query parameter: blank means today; nonsense or an absurd year is null. */
    public LocalDate parseDay(String text) {
        if (text == null || text.isBlank()) {
            return today();
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return day.getYear() < 1900 || day.getYear() > 2999 ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "Tuesday 1 December 2026". */
    public String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "Tue 1 Dec": a week view's column. */
    public String shortDay(LocalDate day) {
        return SHORT_DAY.format(day);
    }

    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    public String time(LocalTime time) {
        return TIME.format(time);
    }

    /** "Tuesday 1 December 2026, 9:00 AM". */
    public String full(Instant instant) {
        return DAY.format(instant.atZone(zone)) + ", " + time(instant);
    }

    /** ISO-8601 with the clinic's offset at that instant, as the API and the booking page read a start. */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
