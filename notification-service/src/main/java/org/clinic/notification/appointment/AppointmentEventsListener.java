package org.clinic.notification.appointment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinic.events.appointment.AppointmentBooked;
import org.clinic.events.appointment.AppointmentEvent;
import org.clinic.notification.messaging.TopicProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes booking-service's appointment events and routes each kind to the notification it causes. */
@Component
class AppointmentEventsListener {

    private static final Logger log = LoggerFactory.getLogger(AppointmentEventsListener.class);

    private final TopicProperties topics;
    private final AppointmentEventReader reader;
    private final ConfirmationRecorder confirmations;

    AppointmentEventsListener(TopicProperties topics, AppointmentEventReader reader,
            ConfirmationRecorder confirmations) {
        this.topics = topics;
        this.reader = reader;
        this.confirmations = confirmations;
    }

    public String topic() {
        return topics.appointmentEvents();
    }

    @KafkaListener(id = "notification-appointment-events", groupId = "notification-service",
            topics = "#{__listener.topic()}")
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            log.warn("Skipping empty record at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        AppointmentEvent event = reader.read(record.value());
        // Java 17 has no pattern switch; one branch per event kind, added as the sealed interface grows.
        if (event instanceof AppointmentBooked booked) {
            confirmations.record(booked);
        } else {
            log.debug("Ignoring event type this service does not handle at {}-{}@{}",
                    record.topic(), record.partition(), record.offset());
        }
    }
}
