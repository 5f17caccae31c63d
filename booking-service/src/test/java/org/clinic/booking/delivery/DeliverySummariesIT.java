package org.clinic.booking.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.events.Topics;
import org.clinic.events.notification.NotificationDelivered;
import org.clinic.events.notification.NotificationEvent;
import org.clinic.events.notification.NotificationFailed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

class DeliverySummariesIT extends BookingIntegrationTest {

    private static final String TOPIC = Topics.DELIVERY_EVENTS;
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final Instant T = Instant.parse("2026-11-30T12:00:00Z");

    @Autowired
    DeliverySummaries deliveries;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Test
    void reportedOutcomesBecomeEachAppointmentsConfirmationAndReminderStatus() {
        UUID told = UUID.randomUUID();
        UUID untold = UUID.randomUUID();

        publish(delivered(told, "CONFIRMATION", T));
        publish(failed(told, "REMINDER", "FAILED", T.plusSeconds(60)));

        await().atMost(WITHIN).until(() -> deliveries.summaries(List.of(told)).get(told)
                .equals(new DeliverySummary("SENT", "FAILED")));
        assertThat(deliveries.summaries(List.of(told, untold)))
                .containsEntry(untold, new DeliverySummary(null, null)).hasSize(2);
        assertThat(deliveries.summaries(List.of())).isEmpty();
    }

    @Test
    void redeliveredAndOlderOutcomesChangeNothingWhileANewerRescheduleMessageCounts() {
        UUID appointment = UUID.randomUUID();
        NotificationEvent sent = delivered(appointment, "CONFIRMATION", T.plusSeconds(10));

        publish(sent);
        publish(sent);
        publish(failed(appointment, "CONFIRMATION", "FAILED", T));
        publish(delivered(appointment, "REMINDER", T.plusSeconds(20)));

        await().atMost(WITHIN).until(() -> deliveries.summaries(List.of(appointment)).get(appointment).reminder() != null);
        assertThat(deliveries.summaries(List.of(appointment)))
                .containsEntry(appointment, new DeliverySummary("SENT", "SENT"));

        publish(failed(appointment, "RESCHEDULE", "SUPPRESSED", T.plusSeconds(30)));
        await().atMost(WITHIN).until(() -> deliveries.summaries(List.of(appointment)).get(appointment)
                .equals(new DeliverySummary("SUPPRESSED", "SENT")));
        assertThat(jdbc.sql("SELECT count(*) FROM delivery_event_processed WHERE event_id = :id")
                .param("id", sent.eventId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnreadableRecordIsSetAsideAndLaterOutcomesStillArrive() {
        UUID appointment = UUID.randomUUID();

        kafka.send(TOPIC, appointment.toString(), "{\"eventType\": \"NotificationDelivered\", oops").join();
        publish(delivered(appointment, "CONFIRMATION", T));

        await().atMost(WITHIN).until(() -> "SENT".equals(
                deliveries.summaries(List.of(appointment)).get(appointment).confirmation()));
    }

    private void publish(NotificationEvent event) {
        kafka.send(TOPIC, event.appointmentId().toString(), json.writeValueAsString(event)).join();
    }

    private static NotificationEvent delivered(UUID appointment, String kind, Instant at) {
        return NotificationDelivered.of(UUID.randomUUID(), at, UUID.randomUUID(), appointment, 1, kind, "EMAIL", 1, at);
    }

    private static NotificationEvent failed(UUID appointment, String kind, String status, Instant at) {
        return NotificationFailed.of(UUID.randomUUID(), at, UUID.randomUUID(), appointment, 1, kind, "EMAIL", status,
                status.equals("FAILED") ? 8 : 0, "because");
    }

}
