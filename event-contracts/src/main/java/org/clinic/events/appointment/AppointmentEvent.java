package org.clinic.events.appointment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * A record on topic {@code booking.appointment-events}, keyed by {@link #appointmentId()}.
 * The JSON carries {@code eventType} so consumers can tell the kinds apart without Java types;
 * see {@code docs/events/booking.appointment-events.md}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "eventType",
        visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = AppointmentBooked.class, name = AppointmentBooked.TYPE),
    @JsonSubTypes.Type(value = AppointmentCancelled.class, name = AppointmentCancelled.TYPE),
    @JsonSubTypes.Type(value = AppointmentRescheduled.class, name = AppointmentRescheduled.TYPE),
    @JsonSubTypes.Type(value = AppointmentStatusChanged.class, name = AppointmentStatusChanged.TYPE),
})
public sealed interface AppointmentEvent
        permits AppointmentBooked, AppointmentCancelled, AppointmentRescheduled, AppointmentStatusChanged {

    int SCHEMA_VERSION = 1;

    UUID eventId();

    String eventType();

    Instant occurredAt();

    UUID appointmentId();

    /** Per-appointment version, 1 for the booking, +1 for every later change. */
    long version();

    int schemaVersion();

    AppointmentSnapshot appointment();
}
