package org.clinic.booking.slot;

import java.time.Instant;
import java.util.UUID;

/** Time a practitioner is already taken: an appointment with its buffer, later also time off. */
public record BusyRange(UUID practitionerId, Instant start, Instant end) {

    boolean overlaps(UUID practitioner, Instant otherStart, Instant otherEnd) {
        return practitionerId.equals(practitioner) && start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
