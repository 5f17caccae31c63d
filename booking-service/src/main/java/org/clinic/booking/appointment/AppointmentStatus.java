package org.clinic.booking.appointment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an appointment is in its life, and the only moves between states the clinic allows. The desk offers exactly
 * the buttons {@link #next()} lists; the database's CHECK constraint names the same five values, and the overlap
 * constraint counts {@link #holdsTime()} ones.
 */
public enum AppointmentStatus {

    BOOKED, ARRIVED, COMPLETED, NO_SHOW, CANCELLED;

    /** The statuses the front desk may set by hand from this one (cancelling and moving have their own rules). */
    public Set<AppointmentStatus> next() {
        return switch (this) {
            case BOOKED -> EnumSet.of(ARRIVED, NO_SHOW);
            case ARRIVED -> EnumSet.of(COMPLETED);
            case COMPLETED, NO_SHOW, CANCELLED -> EnumSet.noneOf(AppointmentStatus.class);
        };
    }

    public boolean canBecome(AppointmentStatus status) {
        return next().contains(status);
    }

    /** Only a booked visit can still be cancelled or moved: one that happened (or did not) is history. */
    public boolean isChangeable() {
        return this == BOOKED;
    }

    /** Whether the practitioner's time stays taken (mirrors the exclusion constraint's WHERE clause). */
    public boolean holdsTime() {
        return this == BOOKED || this == ARRIVED || this == COMPLETED;
    }

    /** "No show", "Booked": for people, not for the API. */
    public String label() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
