package org.clinic.notification.outbox;

import java.util.UUID;
import org.clinic.events.notification.NotificationDelivered;
import org.clinic.events.notification.NotificationEvent;
import org.clinic.events.notification.NotificationFailed;
import org.clinic.notification.delivery.DeliveryOutcome;
import org.clinic.notification.delivery.DeliveryStatus;
import org.clinic.notification.messaging.TopicProperties;
import org.clinic.platform.outbox.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a {@code NotificationDelivered}/{@code NotificationFailed} outbox row in the very transaction that gives a
 * message its final status: the event goes out if, and only if, the status commits.
 */
@Component
class DeliveryEventsOutbox {

    private final Outbox outbox;
    private final TopicProperties topics;

    DeliveryEventsOutbox(Outbox outbox, TopicProperties topics) {
        this.outbox = outbox;
        this.topics = topics;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DeliveryOutcome outcome) {
        NotificationEvent event = toEvent(outcome);
        outbox.append(topics.deliveryEvents(), outcome.appointmentId().toString(), event.eventId(), event.eventType(),
                event);
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
