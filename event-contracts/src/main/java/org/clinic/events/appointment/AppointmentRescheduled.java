package org.clinic.events.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * The appointment moved to a new time (and possibly practitioner); the reference stays the same and the old time
 * is free again.
 *
 * @param rescheduledBy PATIENT (through the manage link) or STAFF
 */
public record AppointmentRescheduled(
        UUID eventId,
        String eventType,
        Instant occurredAt,
        UUID appointmentId,
        long version,
        int schemaVersion,
        AppointmentSnapshot appointment,
        Instant previousStart,
        Instant previousEnd,
        UUID previousPractitionerId,
        String rescheduledBy) implements AppointmentEvent {

    public static final String TYPE = "AppointmentRescheduled";

    public static AppointmentRescheduled of(UUID eventId, Instant occurredAt, long version,
            AppointmentSnapshot appointment, Instant previousStart, Instant previousEnd, UUID previousPractitionerId,
            String rescheduledBy) {
        return new AppointmentRescheduled(eventId, TYPE, occurredAt, appointment.id(), version, SCHEMA_VERSION,
                appointment, previousStart, previousEnd, previousPractitionerId, rescheduledBy);
    }
}
