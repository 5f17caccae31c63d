package org.clinic.content.bookings;

import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinic.events.ConsumerGroups;
import org.clinic.events.Topics;
import org.clinic.events.appointment.AppointmentBooked;
import org.clinic.events.appointment.AppointmentCancelled;
import org.clinic.platform.messaging.UnreadableRecordException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads booking-service's appointment events for the one thing content-service needs from them: which article a
 * booking came from, and whether it was cancelled. Only the envelope, the appointment id and {@code source} are
 * read; the patient in the snapshot is never looked at or stored. Each event is applied once (processed_event).
 */
@Component
class AppointmentEventsListener {

    static final String ID = "content-appointment-events";

    private final ArticleBookings bookings;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    AppointmentEventsListener(ArticleBookings bookings, TransactionTemplate transactions, JsonMapper json) {
        this.bookings = bookings;
        this.transactions = transactions;
        this.json = json;
    }

    @KafkaListener(id = ID, groupId = ConsumerGroups.CONTENT_SERVICE, topics = Topics.APPOINTMENT_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return;
        }
        Envelope event = read(record.value());
        switch (event.type()) {
            case AppointmentBooked.TYPE -> {
                if (event.source() != null) {
                    transactions.executeWithoutResult(tx -> {
                        if (bookings.claim(event.id())) {
                            bookings.booked(event.appointmentId(), event.source(), event.occurredAt());
                        }
                    });
                }
            }
            case AppointmentCancelled.TYPE -> transactions.executeWithoutResult(tx -> {
                if (bookings.claim(event.id())) {
                    bookings.cancelled(event.appointmentId(), event.occurredAt());
                }
            });
            default -> {
                // Rescheduled, status changes, and types a newer booking-service may add: nothing to count.
            }
        }
    }

    private Envelope read(String value) {
        try {
            JsonNode node = json.readTree(value);
            String type = text(node, "eventType");
            if (!AppointmentBooked.TYPE.equals(type) && !AppointmentCancelled.TYPE.equals(type)) {
                return new Envelope(type, null, null, null, null);
            }
            String source = node.path("source").isString() ? node.get("source").asString() : null;
            return new Envelope(type, UUID.fromString(text(node, "eventId")),
                    UUID.fromString(text(node, "appointmentId")), Instant.parse(text(node, "occurredAt")),
                    source == null || source.isBlank() ? null : source);
        } catch (JacksonException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            // No retry can make it readable. The message names only the kind of problem, never a value.
            throw new UnreadableAppointmentEvent("Not an appointment event: " + e.getClass().getSimpleName());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asString();
    }

    private record Envelope(String type, UUID id, UUID appointmentId, Instant occurredAt, String source) {
    }

    /** A record no retry can make readable: the platform's error handling dead-letters it at once. */
    static class UnreadableAppointmentEvent extends UnreadableRecordException {
        UnreadableAppointmentEvent(String message) {
            super(message);
        }
    }
}
