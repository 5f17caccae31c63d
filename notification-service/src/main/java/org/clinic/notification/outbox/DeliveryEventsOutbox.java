package org.clinic.notification.outbox;

import java.util.UUID;
import org.clinic.events.notification.NotificationDelivered;
import org.clinic.events.notification.NotificationEvent;
import org.clinic.events.notification.NotificationFailed;
import org.clinic.notification.delivery.DeliveryOutcome;
import org.clinic.notification.delivery.DeliveryStatus;
import org.clinic.notification.messaging.TopicProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@code NotificationDelivered}/{@code NotificationFailed} outbox row in the very transaction that gives a
 * message its final status: the event goes out if, and only if, the status commits.
 */
@Component
class DeliveryEventsOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TopicProperties topics;

    DeliveryEventsOutbox(JdbcClient jdbc, JsonMapper json, TopicProperties topics) {
        this.jdbc = jdbc;
        this.json = json;
        this.topics = topics;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DeliveryOutcome outcome) {
        NotificationEvent event = toEvent(outcome);
        jdbc.sql("""
                INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload)
                VALUES (:eventId, :topic, :key, :type, :payload)
                """)
                .param("eventId", event.eventId()).param("topic", topics.deliveryEvents())
                .param("key", outcome.appointmentId().toString()).param("type", event.eventType())
                .param("payload", json.writeValueAsString(event))
                .update();
    }

    static NotificationEvent toEvent(DeliveryOutcome o) {
        if (o.status() == DeliveryStatus.SENT) {
            return NotificationDelivered.of(UUID.randomUUID(), o.at(), o.notificationId(), o.appointmentId(),
                    o.version(), o.kind().name(), o.channel().name(), o.attempts(), o.at());
        }
        return NotificationFailed.of(UUID.randomUUID(), o.at(), o.notificationId(), o.appointmentId(), o.version(),
                o.kind().name(), o.channel().name(), o.status().name(), o.attempts(), o.reason());
    }
}
