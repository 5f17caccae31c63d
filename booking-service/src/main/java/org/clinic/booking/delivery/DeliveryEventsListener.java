package org.clinic.booking.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinic.events.ConsumerGroups;
import org.clinic.events.notification.NotificationEvent;
import org.clinic.platform.messaging.UnreadableRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Consumes notification-service's delivery outcomes into {@link DeliverySummaries}. */
@Component
class DeliveryEventsListener {

    static final String ID = "booking-delivery-events";

    private static final Logger log = LoggerFactory.getLogger(DeliveryEventsListener.class);

    private final DeliverySummaries summaries;
    private final DeliveryProperties properties;
    private final ObjectReader reader;

    DeliveryEventsListener(DeliverySummaries summaries, DeliveryProperties properties, JsonMapper json) {
        this.summaries = summaries;
        this.properties = properties;
        // A newer notification-service may announce event types this build does not know: those read as null.
        this.reader = json.readerFor(NotificationEvent.class).without(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String topic() {
        return properties.topic();
    }

    @KafkaListener(id = ID, groupId = ConsumerGroups.BOOKING_SERVICE, topics = "#{__listener.topic()}")
    void on(ConsumerRecord<String, String> record) {
        NotificationEvent event = read(record.value());
        if (event == null) {
            log.debug("Skipping delivery event this build does not know at {}-{}@{}",
                    record.topic(), record.partition(), record.offset());
            return;
        }
        log.info("Received {} {} for appointment {}", event.eventType(), event.eventId(), event.appointmentId());
        summaries.apply(event);
    }

    private NotificationEvent read(String json) {
        if (json == null) {
            return null;
        }
        try {
            NotificationEvent event = reader.readValue(json);
            if (event != null && (event.eventId() == null || event.appointmentId() == null || event.kind() == null
                    || event.status() == null || event.occurredAt() == null)) {
                throw new UnreadableRecordException("Delivery event lacks required fields");
            }
            return event;
        } catch (JacksonException e) {
            // The parser's message quotes the offending value (a reason may hold a patient's address): only its kind
            // goes into the log and the dead letter's headers.
            throw new UnreadableRecordException("Not a delivery event: " + e.getClass().getSimpleName());
        }
    }
}
