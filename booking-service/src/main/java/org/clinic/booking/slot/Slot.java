package org.clinic.booking.slot;

import java.time.Instant;
import java.util.UUID;

/** A bookable start for one practitioner; {@code end} is when the visit ends (buffer not included). */
public record Slot(UUID practitionerId, Instant start, Instant end) {
}
