package org.clinic.booking.desk.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.clinic.booking.clinic.ClinicProperties;
import org.springframework.stereotype.Component;

/**
 * Times as the hours pages write them: in the clinic's zone, 12-hour like the schedule and an en-US browser's time
 * fields, with the weekday so a receptionist reading "Tue 1 Dec 2026, 4:00 PM" over the phone does not have to look
 * at a calendar.
 */
@Component
class HoursTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.US);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final ZoneId zone;

    HoursTimes(ClinicProperties clinic) {
        this.zone = clinic.timeZone();
    }

    ZoneId zone() {
        return zone;
    }

    /** "Eastern Time (America/New_York)": the name people know, and the id that settles any doubt. */
    String zoneName() {
        return zone.getDisplayName(TextStyle.FULL, Locale.US) + " (" + zone.getId() + ")";
    }

    String day(LocalDate day) {
        return day.format(DAY);
    }

    String moment(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return local.format(DAY) + ", " + local.format(TIME);
    }

    /** A period, with the day written once when it starts and ends on the same day. */
    String period(Instant start, Instant end) {
        LocalDateTime from = LocalDateTime.ofInstant(start, zone);
        LocalDateTime to = LocalDateTime.ofInstant(end, zone);
        return from.toLocalDate().equals(to.toLocalDate())
                ? moment(start) + "–" + to.format(TIME)
                : moment(start) + " – " + moment(end);
    }

    /** Closed days, both included. */
    String days(LocalDate first, LocalDate last) {
        return first.equals(last) ? day(first) : day(first) + " – " + day(last);
    }
}
