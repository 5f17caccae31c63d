package org.clinic.events.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * The front desk marked the visit: ARRIVED, COMPLETED or NO_SHOW ({@code appointment.status} is the new one).
 * Cancellation has its own event, {@link AppointmentCancelled}.
 */
public record AppointmentStatusChanged(
        UUID eventId,
        String eventType,
        Instant occurredAt,
        UUID appointmentId,
        long version,
        int schemaVersion,
        AppointmentSnapshot appointment,
        String previousStatus) implements AppointmentEvent {

    public static final String TYPE = "AppointmentStatusChanged";

    public static AppointmentStatusChanged of(UUID eventId, Instant occurredAt, long version,
            AppointmentSnapshot appointment, String previousStatus) {
        return new AppointmentStatusChanged(eventId, TYPE, occurredAt, appointment.id(), version, SCHEMA_VERSION,
                appointment, previousStatus);
    }
}
