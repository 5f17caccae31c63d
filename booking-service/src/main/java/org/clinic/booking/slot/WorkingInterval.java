package org.clinic.booking.slot;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** One stretch of a practitioner's weekly hours, in the clinic's local wall-clock time. */
public record WorkingInterval(UUID practitionerId, DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {
}
