package org.clinic.events.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * The patient was not told: either every attempt failed ({@code status} FAILED) or the message was deliberately
 * not sent ({@code status} SUPPRESSED, e.g. no contact details or superseded by a later change).
 *
 * @param reason one line for staff: the last delivery error or why the message was suppressed
 */
public record NotificationFailed(
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
        String reason) implements NotificationEvent {

    public static final String TYPE = "NotificationFailed";
    public static final String FAILED = "FAILED";
    public static final String SUPPRESSED = "SUPPRESSED";

    public static NotificationFailed of(UUID eventId, Instant occurredAt, UUID notificationId, UUID appointmentId,
            long version, String kind, String channel, String status, int attempts, String reason) {
        if (!FAILED.equals(status) && !SUPPRESSED.equals(status)) {
            throw new IllegalArgumentException("NotificationFailed status must be FAILED or SUPPRESSED: " + status);
        }
        return new NotificationFailed(eventId, TYPE, occurredAt, notificationId, appointmentId, version,
                SCHEMA_VERSION, kind, channel, status, attempts, reason);
    }
}
