package org.clinic.booking.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.events.Topics;
import org.clinic.platform.outbox.OutboxProperties;
import org.clinic.platform.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two booking-service instances relay the same outbox (here: two more relays beside the application's own):
 * every event reaches Kafka exactly once, and each appointment's events keep their order.
 */
class TwoRelaysIT extends BookingIntegrationTest {

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Autowired
    KafkaTemplate<String, String> template;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void concurrentRelaysPublishEveryEventOnceAndInOrderPerAggregate() {
        int aggregates = 30;
        int perAggregate = 10;
        List<UUID> aggregateIds = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (int a = 0; a < aggregates; a++) {
                UUID aggregate = UUID.randomUUID();
                aggregateIds.add(aggregate);
                for (int v = 1; v <= perAggregate; v++) {
                    jdbc.sql("""
                                    INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload)
                                    VALUES (:id, :topic, :key, 'RelayProbe', :payload)""")
                            .param("id", UUID.randomUUID()).param("topic", Topics.APPOINTMENT_EVENTS)
                            .param("key", aggregate.toString())
                            .param("payload", "{\"eventType\": \"RelayProbe\", \"version\": " + v + "}")
                            .update();
                }
            }
        });
        var properties = new OutboxProperties(Duration.ofMillis(10), 7);
        var first = new OutboxRelay(jdbc, template, transaction, properties);
        var second = new OutboxRelay(jdbc, template, transaction, properties);

        CompletableFuture.allOf(CompletableFuture.runAsync(() -> drain(first)),
                CompletableFuture.runAsync(() -> drain(second))).join();

        Map<String, List<Integer>> versions = new java.util.HashMap<>();
        Set<String> keys = new HashSet<>();
        aggregateIds.forEach(id -> keys.add(id.toString()));
        var json = JsonMapper.builder().build();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "two-relays-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.APPOINTMENT_EVENTS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        versions.computeIfAbsent(r.key(), k -> new ArrayList<>())
                                .add(json.readTree(r.value()).get("version").asInt());
                    }
                });
                return versions.values().stream().mapToInt(List::size).sum() >= aggregates * perAggregate;
            });
        }
        List<Integer> inOrder = java.util.stream.IntStream.rangeClosed(1, perAggregate).boxed().toList();
        assertThat(versions).hasSize(aggregates);
        versions.forEach((key, seen) -> assertThat(seen).as(key).isEqualTo(inOrder));
    }

    private void drain(OutboxRelay relay) {
        while (jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single() > 0) {
            relay.relay();
        }
    }
}
