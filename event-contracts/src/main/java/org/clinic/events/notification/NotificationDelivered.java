package org.clinic.events.notification;

import java.time.Instant;
import java.util.UUID;

/** The message was accepted by the mail server (or SMS provider): the patient was told. */
public record NotificationDelivered(
        UUID eventId,
        String eventType,
        Instant occurredAt,
        UUID notificationId,
        UUID appointmentId,
        long version,
        int schemaVersion,
        String kind,
        String channel,
        String status,
        int attempts,
        Instant sentAt) implements NotificationEvent {

    public static final String TYPE = "NotificationDelivered";
    public static final String SENT = "SENT";

    public static NotificationDelivered of(UUID eventId, Instant occurredAt, UUID notificationId, UUID appointmentId,
            long version, String kind, String channel, int attempts, Instant sentAt) {
        return new NotificationDelivered(eventId, TYPE, occurredAt, notificationId, appointmentId, version,
                SCHEMA_VERSION, kind, channel, SENT, attempts, sentAt);
    }
}
