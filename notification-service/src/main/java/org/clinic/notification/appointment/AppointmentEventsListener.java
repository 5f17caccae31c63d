package org.clinic.notification.appointment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinic.events.ConsumerGroups;
import org.clinic.events.appointment.AppointmentEvent;
import org.clinic.notification.messaging.TopicProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes booking-service's appointment events; each is handled in one transaction with its dedup mark. */
@Component
class AppointmentEventsListener {

    static final String ID = "notification-appointment-events";

    private static final Logger log = LoggerFactory.getLogger(AppointmentEventsListener.class);

    private final TopicProperties topics;
    private final AppointmentEventReader reader;
    private final AppointmentEventHandler handler;

    AppointmentEventsListener(TopicProperties topics, AppointmentEventReader reader, AppointmentEventHandler handler) {
        this.topics = topics;
        this.reader = reader;
        this.handler = handler;
    }

    public String topic() {
        return topics.appointmentEvents();
    }

    @KafkaListener(id = ID, groupId = ConsumerGroups.NOTIFICATION_SERVICE, topics = "#{__listener.topic()}")
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            log.warn("Skipping empty record at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        AppointmentEvent event = reader.read(record.value());
        if (event == null) {
            log.debug("Ignoring event type this build does not know at {}-{}@{}",
                    record.topic(), record.partition(), record.offset());
            return;
        }
        // In the span continuing the record's traceparent: this line carries the booking request's trace id.
        log.info("Received {} {} for appointment {}", event.eventType(), event.eventId(), event.appointmentId());
        handler.handle(event);
    }
}
