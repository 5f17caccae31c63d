package org.clinic.localstack;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A single-node KRaft Kafka inside this JVM, reachable on a fixed port so the services can be told where it is. */
final class KafkaBroker implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;
    private final int port;

    private KafkaBroker(EmbeddedKafkaKraftBroker broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    static KafkaBroker start(int port) {
        // The embedded broker ignores kafkaPorts(); an extra listener is how it gets a fixed address.
        var broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,FIXED://localhost:" + port,
                "listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,FIXED:PLAINTEXT",
                "auto.create.topics.enable", "true",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
        return new KafkaBroker(broker, port);
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
