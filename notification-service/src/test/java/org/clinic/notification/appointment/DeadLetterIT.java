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
    void unreadableRecordsGoToTheDeadLetterTopicAndStoreAndLaterRecordsAreStillProcessed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String notJson = "{\"eventType\": \"AppointmentBooked\", oops";
        String incomplete = "{\"eventType\": \"AppointmentBooked\", \"eventId\": \"" + UUID.randomUUID() + "\"}";
        String unknownType = "{\"eventType\": \"AppointmentTeleported\", \"eventId\": \"" + UUID.randomUUID() + "\"}";
        // Keyed like an appointment event, but with no type to tell which message it should have caused.
        String untyped = "{\"eventId\": \"" + UUID.randomUUID() + "\"}";
        String untypedKey = UUID.randomUUID().toString();
        Booking good = Booking.forPatient(uniqueEmail());

        publish("bad-1-" + run, notJson);
        publish("bad-2-" + run, incomplete);
        publish("future-1-" + run, unknownType);
        publish(untypedKey, untyped);
        publish(good.key(), TestEvents.booked(good));

        await().atMost(Duration.ofSeconds(15)).until(() -> mailTo(good.email()).length == 1);
        List<String> keys = List.of("bad-1-" + run, "bad-2-" + run, untypedKey);
        List<ConsumerRecord<String, String>> deadLetters = readDeadLetters(keys);
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactlyElementsOf(keys);
        assertThat(deadLetters).extracting(ConsumerRecord::value).containsExactly(notJson, incomplete, untyped);
        assertThat(new String(deadLetters.get(0).headers().lastHeader("kafka_dlt-original-topic").value()))
                .isEqualTo(TOPIC);
        assertThat(jdbc.sql("SELECT record_key FROM dead_letter WHERE record_key IN (:keys) ORDER BY \"offset\"")
                .param("keys", keys).query(String.class).list()).containsExactlyElementsOf(keys);
        assertThat(statuses(UUID.fromString(untypedKey))).isEmpty();
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

    /** This test's records on the DLT, in order (other tests' dead letters share the topic). */
    private List<ConsumerRecord<String, String>> readDeadLetters(List<String> keys) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlt-reader-" + UUID.randomUUID(), false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props,
                new StringDeserializer(), new StringDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, DLT);
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        records.add(r);
                    }
                });
                return records.size() >= keys.size();
            });
        }
        return records;
    }
}
