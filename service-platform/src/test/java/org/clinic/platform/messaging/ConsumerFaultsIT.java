package org.clinic.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform's consumer error handling in Boot's listener container, against a real broker and PostgreSQL: what is
 * retried (without limit), what is dead-lettered (at once), and dead-lettering while the store is away.
 */
@SpringBootTest(classes = ConsumerFaultsIT.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.sql.init.mode=always",
        "spring.sql.init.schema-locations=classpath:dead_letter.sql,classpath:consumer-faults.sql",
        "spring.flyway.enabled=false",
        "spring.kafka.consumer.auto-offset-reset=earliest",
        "spring.kafka.consumer.key-deserializer=org.apache.kafka.common.serialization.StringDeserializer",
        "spring.kafka.consumer.value-deserializer=org.apache.kafka.common.serialization.StringDeserializer",
        "spring.kafka.producer.key-serializer=org.apache.kafka.common.serialization.StringSerializer",
        "spring.kafka.producer.value-serializer=org.apache.kafka.common.serialization.StringSerializer",
        "clinic.consumer.retry.initial-interval=20ms",
        "clinic.consumer.retry.max-interval=100ms",
        "clinic.security.jwt.public-key=" + org.clinic.testsupport.StaffTokens.TEST_PUBLIC_KEY})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers", topics = {
        ConsumerFaultsIT.TRANSIENT, ConsumerFaultsIT.UNREADABLE, ConsumerFaultsIT.UNREADABLE + ".DLT",
        ConsumerFaultsIT.STORE_AWAY, ConsumerFaultsIT.STORE_AWAY + ".DLT"})
class ConsumerFaultsIT {

    static final String TRANSIENT = "faults.transient";
    static final String UNREADABLE = "faults.unreadable";
    static final String STORE_AWAY = "faults.store-away";
    /** The old policy gave up after 5 retries (6 attempts); these must go beyond that. */
    static final int BEYOND_THE_OLD_BUDGET = 12;
    static final Duration WITHIN = Duration.ofSeconds(30);

    static final String DB = EmbeddedPostgresServer.shared().createFreshDatabase("consumer_faults");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DB);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
    }

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Listener listener;

    @Autowired
    ConsumerRetries retries;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void aTransientFailureIsRetriedBeyondTheOldBudgetAndTheRecordIsProcessedOnceItClears() {
        String value = "booked-" + UUID.randomUUID();
        listener.failing.put(value, true);

        kafka.send(TRANSIENT, "k", value).join();

        await().atMost(WITHIN).until(() -> listener.attempts(value) >= BEYOND_THE_OLD_BUDGET);
        assertThat(retries.retrying()).containsKey(new org.apache.kafka.common.TopicPartition(TRANSIENT, 0));
        assertThat(retries.retryingSince()).isPresent();
        assertThat(deadLetters(TRANSIENT)).isZero();

        listener.failing.put(value, false);
        await().atMost(WITHIN).until(() -> handled(value) == 1);
        await().atMost(WITHIN).until(() -> retries.retrying().isEmpty());
        assertThat(deadLetters(TRANSIENT)).isZero();
        String next = "next-" + UUID.randomUUID();
        kafka.send(TRANSIENT, "k", next).join();
        await().atMost(WITHIN).until(() -> handled(next) == 1);
        assertThat(handled(value)).isEqualTo(1);
    }

    @Test
    void unreadableRecordsGoAtOnceToTheStoreAndTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String poison = "poison-" + UUID.randomUUID();
        String undeserializable = "bytes-" + UUID.randomUUID();
        String good = "good-" + UUID.randomUUID();

        var withHeader = new ProducerRecord<String, String>(UNREADABLE, "p", poison);
        withHeader.headers().add("eventType", "AppointmentTeleported".getBytes(StandardCharsets.UTF_8));
        kafka.send(withHeader).join();
        kafka.send(UNREADABLE, "d", undeserializable).join();
        kafka.send(UNREADABLE, "g", good).join();

        await().atMost(WITHIN).until(() -> handled(good) == 1);
        assertThat(listener.attempts(poison)).isEqualTo(1);
        assertThat(listener.attempts(undeserializable)).isEqualTo(1);
        List<Map<String, Object>> stored = jdbc.sql(
                "SELECT record_key, record_value, reason, headers::text AS headers FROM dead_letter "
                        + "WHERE topic = :topic ORDER BY \"offset\"").param("topic", UNREADABLE).query().listOfRows();
        assertThat(stored).extracting(row -> row.get("record_key")).containsExactly("p", "d");
        assertThat(stored).extracting(row -> row.get("record_value")).containsExactly(poison, undeserializable);
        assertThat(stored.get(0).get("reason")).isEqualTo("UnreadableRecordException: no such event type");
        assertThat(stored.get(1).get("reason")).isEqualTo("DeserializationException");
        assertThat((String) stored.get(0).get("headers")).contains("\"name\": \"eventType\"");

        List<ConsumerRecord<String, String>> dlt = read(UNREADABLE + ".DLT", 2);
        assertThat(dlt).extracting(ConsumerRecord::value).containsExactly(poison, undeserializable);
        assertThat(new String(dlt.get(0).headers().lastHeader("kafka_dlt-original-topic").value(),
                StandardCharsets.UTF_8)).isEqualTo(UNREADABLE);
    }

    @Test
    void whileTheStoreIsAwayAnUnreadableRecordWaitsAndIsDeadLetteredOnceWhenItReturns() {
        String poison = "poison-" + UUID.randomUUID();
        String good = "good-" + UUID.randomUUID();
        jdbc.sql("ALTER TABLE dead_letter RENAME TO dead_letter_away").update();
        try {
            kafka.send(STORE_AWAY, "p", poison).join();
            kafka.send(STORE_AWAY, "g", good).join();
            // Every second delivery is a new try at dead-lettering, after a growing wait (not a tight loop).
            await().atMost(WITHIN).until(() -> listener.attempts(poison) >= 6);
            assertThat(handled(good)).isZero();
        } finally {
            jdbc.sql("ALTER TABLE dead_letter_away RENAME TO dead_letter").update();
        }

        await().atMost(WITHIN).until(() -> handled(good) == 1);
        assertThat(deadLetters(STORE_AWAY)).isEqualTo(1);
        assertThat(read(STORE_AWAY + ".DLT", 1)).extracting(ConsumerRecord::value).containsExactly(poison);
    }

    private int handled(String value) {
        return jdbc.sql("SELECT count(*) FROM handled WHERE record_value = :v").param("v", value)
                .query(Integer.class).single();
    }

    private int deadLetters(String topic) {
        return jdbc.sql("SELECT count(*) FROM dead_letter WHERE topic = :t").param("t", topic)
                .query(Integer.class).single();
    }

    /** Everything on the topic once {@code expected} records have arrived (and a short poll found no more). */
    private List<ConsumerRecord<String, String>> read(String topic, int expected) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "reader-" + UUID.randomUUID(), false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props,
                new StringDeserializer(), new StringDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, topic);
            await().atMost(WITHIN).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {

        @Bean
        Listener listener(JdbcClient jdbc) {
            return new Listener(jdbc);
        }
    }

    /** Fails as each test asks; otherwise records the value in the database. */
    static class Listener {

        final Map<String, Boolean> failing = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final JdbcClient jdbc;

        Listener(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        int attempts(String value) {
            AtomicInteger n = attempts.get(value);
            return n == null ? 0 : n.get();
        }

        @KafkaListener(id = "faults", groupId = "faults", topics = {TRANSIENT, UNREADABLE, STORE_AWAY})
        void on(ConsumerRecord<String, String> record) {
            String value = record.value();
            attempts.computeIfAbsent(value, v -> new AtomicInteger()).incrementAndGet();
            if (value.startsWith("poison-")) {
                throw new UnreadableRecordException("no such event type");
            }
            if (value.startsWith("bytes-")) {
                throw new DeserializationException("failed to deserialize", value.getBytes(StandardCharsets.UTF_8),
                        false, null);
            }
            if (failing.getOrDefault(value, false)) {
                // A database error, or one nobody expected: both are retried, neither is dead-lettered.
                throw attempts(value) % 2 == 0 ? new TransientDataAccessResourceException("database away")
                        : new IllegalStateException("something nobody expected");
            }
            jdbc.sql("INSERT INTO handled (record_value) VALUES (:v)").param("v", value).update();
        }
    }
}
