package org.clinic.notification.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestEvents;
import org.clinic.notification.TestEvents.Booking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

class DeadLetterIT extends NotificationIntegrationTest {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndLaterRecordsAreStillProcessed() {
        String notJson = "{\"eventType\": \"AppointmentBooked\", oops";
        String incomplete = "{\"eventType\": \"AppointmentBooked\", \"eventId\": \"" + UUID.randomUUID() + "\"}";
        String unknownType = "{\"eventType\": \"AppointmentTeleported\", \"eventId\": \"" + UUID.randomUUID() + "\"}";
        Booking good = Booking.forPatient(uniqueEmail());

        publish("bad-1", notJson);
        publish("bad-2", incomplete);
        publish("future-1", unknownType);
        publish(good.key(), TestEvents.booked(good));

        await().atMost(Duration.ofSeconds(15)).until(() -> mailTo(good.email()).length == 1);
        List<ConsumerRecord<String, String>> deadLetters = readDeadLetters(2);
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactly("bad-1", "bad-2");
        assertThat(deadLetters).extracting(ConsumerRecord::value).containsExactly(notJson, incomplete);
        assertThat(new String(deadLetters.get(0).headers().lastHeader("kafka_dlt-original-topic").value()))
                .isEqualTo(TOPIC);
    }

    @Test
    void aPoisonBookingShowsUpAsAFailedConfirmationInItsAppointmentsDeliveryLog() {
        UUID appointmentId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();

        publish(appointmentId.toString(), "{\"eventType\": \"AppointmentBooked\", \"eventId\": \"" + eventId
                + "\", \"appointment\": {\"start\": \"not a time\"}}");

        await().atMost(Duration.ofSeconds(15)).until(() -> statuses(appointmentId).equals(List.of("FAILED")));
        Map<String, Object> row = jdbc.sql("SELECT kind, event_id, last_error FROM notification WHERE appointment_id = :id")
                .param("id", appointmentId).query().singleRow();
        assertThat(row).containsEntry("kind", "CONFIRMATION").containsEntry("event_id", eventId);
        assertThat((String) row.get("last_error")).startsWith("event could not be processed and was dead-lettered to "
                + DLT);
    }

    private List<ConsumerRecord<String, String>> readDeadLetters(int expected) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlt-reader-" + UUID.randomUUID(), false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props,
                new StringDeserializer(), new StringDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, DLT);
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
            // The good record was processed after both bad ones, so nothing else can still be on its way.
            consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        }
        return records;
    }
}
