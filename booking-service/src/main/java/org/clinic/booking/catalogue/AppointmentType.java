package org.clinic.booking.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

public record AppointmentType(
        UUID id,
        String name,
        String description,
        int durationMinutes,
        int bufferMinutes,
        boolean onlineBookable,
        List<UUID> practitionerIds) {

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    /** How long the practitioner is taken: the visit and the clean-up or note-writing after it. */
    public Duration occupied() {
        return Duration.ofMinutes(durationMinutes + bufferMinutes);
    }

    public boolean offeredBy(UUID practitionerId) {
        return practitionerIds.contains(practitionerId);
    }
}
