package org.clinic.events.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * A patient or the front desk booked an appointment.
 *
 * @param source the slug of the education article the patient booked from, or null: content-service counts which
 *               articles bring bookings from it (no personal data is needed for that)
 */
public record AppointmentBooked(
        UUID eventId,
        String eventType,
        Instant occurredAt,
        UUID appointmentId,
        long version,
        int schemaVersion,
        AppointmentSnapshot appointment,
        String source) implements AppointmentEvent {

    public static final String TYPE = "AppointmentBooked";

    public static AppointmentBooked of(UUID eventId, Instant occurredAt, long version, AppointmentSnapshot appointment,
            String source) {
        return new AppointmentBooked(eventId, TYPE, occurredAt, appointment.id(), version, SCHEMA_VERSION, appointment,
                source);
    }
}
