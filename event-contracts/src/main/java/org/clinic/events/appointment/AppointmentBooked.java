package org.clinic.events.appointment;

import java.time.Instant;
import java.util.UUID;

/** A patient or the front desk booked an appointment. */
public record AppointmentBooked(
        UUID eventId,
        String eventType,
        Instant occurredAt,
        UUID appointmentId,
        long version,
        int schemaVersion,
        AppointmentSnapshot appointment) implements AppointmentEvent {

    public static final String TYPE = "AppointmentBooked";

    public static AppointmentBooked of(UUID eventId, Instant occurredAt, long version, AppointmentSnapshot appointment) {
        return new AppointmentBooked(eventId, TYPE, occurredAt, appointment.id(), version, SCHEMA_VERSION, appointment);
    }
}
