package org.clinic.events.notification;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * A record on topic {@code notification.delivery-events}, keyed by {@link #appointmentId()}: what became of one
 * message notification-service owed a patient. See {@code docs/events/notification.delivery-events.md}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "eventType",
        visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = NotificationDelivered.class, name = NotificationDelivered.TYPE),
    @JsonSubTypes.Type(value = NotificationFailed.class, name = NotificationFailed.TYPE),
})
public sealed interface NotificationEvent permits NotificationDelivered, NotificationFailed {

    int SCHEMA_VERSION = 1;

    UUID eventId();

    String eventType();

    Instant occurredAt();

    /** The aggregate: one message in notification-service's delivery log. */
    UUID notificationId();

    /** The appointment the message was about; also the record key. */
    UUID appointmentId();

    /** Per-notification version: 1 for its first outcome, +1 for any later one. */
    long version();

    int schemaVersion();

    /** CONFIRMATION, RESCHEDULE, CANCELLATION or REMINDER. */
    String kind();

    /** EMAIL or SMS. */
    String channel();

    /** SENT, FAILED or SUPPRESSED. */
    String status();
}
