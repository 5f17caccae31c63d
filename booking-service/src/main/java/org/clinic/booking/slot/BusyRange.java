package org.clinic.booking.slot;

import java.time.Instant;
import java.util.UUID;

/** Time a practitioner is not available: an appointment with its buffer, time off, or a clinic closure. */
public record BusyRange(UUID practitionerId, Instant start, Instant end) {
}
