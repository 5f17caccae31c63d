package org.clinic.booking.hours;

import java.time.Instant;
import java.util.UUID;

/** A practitioner is away from {@code start} until {@code end}; slots inside are not offered. */
public record TimeOff(UUID id, UUID practitionerId, Instant start, Instant end, String reason, String createdBy) {
}
