package org.clinic.booking.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** @param active false once retired: kept for the appointments made with it, offered for no new ones */
public record AppointmentType(
        UUID id,
        String name,
        String description,
        int durationMinutes,
        int bufferMinutes,
        boolean onlineBookable,
        boolean active,
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
