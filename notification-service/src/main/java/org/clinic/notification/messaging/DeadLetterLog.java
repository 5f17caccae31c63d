package org.clinic.notification.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.clinic.events.Topics;
import org.clinic.notification.delivery.DeliveryLog;
import org.clinic.notification.delivery.NotificationKind;
import org.clinic.platform.messaging.DeadLetterHook;
import org.springframework.stereotype.Component;

/**
 * When an appointment event is dead-lettered, the message it should have caused is recorded as FAILED in that
 * appointment's delivery log (and so announced to booking-service): a poison record must not look like a patient
 * who was told. Records whose key is not an appointment id, or whose kind causes no message, are only dead-lettered.
 * Runs in the dead-letter store's transaction ({@link DeadLetterHook}): both are recorded, or neither and the
 * dead-lettering is tried again.
 */
@Component
class DeadLetterLog implements DeadLetterHook {

    private static final Map<String, NotificationKind> CAUSES = Map.of(
            "AppointmentBooked", NotificationKind.CONFIRMATION,
            "AppointmentRescheduled", NotificationKind.RESCHEDULE,
            "AppointmentCancelled", NotificationKind.CANCELLATION);
    private static final Pattern EVENT_TYPE = Pattern.compile("\"eventType\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private final DeliveryLog deliveryLog;

    DeadLetterLog(DeliveryLog deliveryLog) {
        this.deliveryLog = deliveryLog;
    }

    @Override
    public void deadLettered(ConsumerRecord<?, ?> record, Throwable cause, String why) {
        String value = record.value() == null ? "" : record.value().toString();
        Optional<UUID> appointmentId = uuid(record.key() == null ? null : record.key().toString());
        String type = eventType(record, value);
        NotificationKind kind = type == null ? null : CAUSES.get(type);
        if (appointmentId.isEmpty() || kind == null) {
            return;
        }
        UUID eventId = find(EVENT_ID, value).flatMap(DeadLetterLog::uuid).orElseGet(UUID::randomUUID);
        String reason = ("event could not be processed and was dead-lettered to "
                + Topics.deadLetter(record.topic()) + ": " + why).replaceAll("\\s+", " ");
        deliveryLog.failUnprocessable(appointmentId.get(), eventId, kind,
                reason.length() <= 200 ? reason : reason.substring(0, 199) + "…");
    }

    private static String eventType(ConsumerRecord<?, ?> record, String value) {
        Header header = record.headers().lastHeader("eventType");
        if (header != null) {
            return new String(header.value(), StandardCharsets.UTF_8);
        }
        return find(EVENT_TYPE, value).orElse(null);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
