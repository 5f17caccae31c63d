package org.clinic.booking.schedule;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Time the desk cannot book: a practitioner's time off ({@code TIME_OFF}) or a clinic closure ({@code CLOSURE},
 * which has no practitioner because it applies to all).
 */
public record ScheduleAbsence(String kind, UUID id, UUID practitionerId, Instant start, Instant end, String reason) {

    @Schema(name = "ScheduleTimeOff")
    public record View(String kind, UUID id, UUID practitionerId, OffsetDateTime start, OffsetDateTime end, String reason) {
    }

    public View view(ZoneId zone) {
        return new View(kind, id, practitionerId, start.atZone(zone).toOffsetDateTime(),
                end.atZone(zone).toOffsetDateTime(), reason);
    }
}
