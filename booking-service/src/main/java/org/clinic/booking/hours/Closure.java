package org.clinic.booking.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** The whole clinic is closed on the local days {@code firstDay} to {@code lastDay}, both included. */
public record Closure(UUID id, LocalDate firstDay, LocalDate lastDay, String reason, String createdBy) {

    /** From local midnight to local midnight, whatever the offset on either day. */
    public Instant start(ZoneId zone) {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
