package org.clinic.events.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * The appointment was cancelled and its time is free again.
 *
 * @param cancelledBy PATIENT (through the manage link) or STAFF
 * @param reason      free text the canceller gave, may be null
 */
public record AppointmentCancelled(
        UUID eventId,
        String eventType,
        Instant occurredAt,
        UUID appointmentId,
        long version,
        int schemaVersion,
        AppointmentSnapshot appointment,
        String cancelledBy,
        String reason) implements AppointmentEvent {

    public static final String TYPE = "AppointmentCancelled";

    public static AppointmentCancelled of(UUID eventId, Instant occurredAt, long version,
            AppointmentSnapshot appointment, String cancelledBy, String reason) {
        return new AppointmentCancelled(eventId, TYPE, occurredAt, appointment.id(), version, SCHEMA_VERSION,
                appointment, cancelledBy, reason);
    }
}
