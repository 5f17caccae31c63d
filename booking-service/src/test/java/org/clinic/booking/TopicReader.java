package org.clinic.booking;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinic.events.Topics;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what booking-service really published to the broker, as a consumer would. */
public final class TopicReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TopicReader() {
    }

    /** Waits until {@code count} events keyed by the appointment arrived, and returns them in order. */
    public static List<JsonNode> eventsFor(EmbeddedKafkaBroker kafka, String appointmentId, int count) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "booking-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.APPOINTMENT_EVENTS));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> appointmentId.equals(r.key())).count() >= count;
            });
        }
        return seen.stream().filter(r -> appointmentId.equals(r.key())).map(r -> JSON.readTree(r.value())).toList();
    }
}
