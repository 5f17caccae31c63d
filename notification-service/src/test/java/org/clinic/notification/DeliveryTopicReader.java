package org.clinic.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what notification-service published on {@code notification.delivery-events}, as booking-service would. */
public final class DeliveryTopicReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeliveryTopicReader() {
    }

    /** Waits until a record keyed by the appointment matches, and returns every record for that key so far. */
    public static List<JsonNode> awaitEvents(EmbeddedKafkaBroker broker, UUID appointmentId,
            Predicate<List<JsonNode>> until) {
        List<JsonNode> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "delivery-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(NotificationIntegrationTest.DELIVERY_TOPIC));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (appointmentId.toString().equals(r.key())) {
                        seen.add(JSON.readTree(r.value()));
                    }
                });
                return until.test(seen);
            });
        }
        return seen;
    }
}
