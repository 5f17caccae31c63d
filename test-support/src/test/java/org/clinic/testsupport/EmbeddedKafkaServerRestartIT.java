package org.clinic.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** A broker restart keeps what a real one keeps on disk: topics, records, and a group's committed offsets. */
class EmbeddedKafkaServerRestartIT {

    @Test
    void keepsTopicsRecordsAndCommittedOffsetsAcrossARestartOnTheSamePort() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (var kafka = EmbeddedKafkaServer.start(port)) {
            produce(kafka, "before-1", "before-2");
            assertThat(consume(kafka, 2)).containsExactly("before-1", "before-2"); // and commits

            kafka.stop();
            kafka.startAgain();

            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains("restart-probe");
            }
            produce(kafka, "after");
            // The group resumes after its committed offset: nothing from before the restart comes again.
            assertThat(consume(kafka, 1)).containsExactly("after");
        }
    }

    private static void produce(EmbeddedKafkaServer kafka, String... values) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                // One key: one partition, so the order is the order sent.
                producer.send(new ProducerRecord<>("restart-probe", "key", value)).get();
            }
        }
    }

    private static List<String> consume(EmbeddedKafkaServer kafka, int expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-probe-group");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("restart-probe"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
            consumer.commitSync();
        }
        return values;
    }
}
