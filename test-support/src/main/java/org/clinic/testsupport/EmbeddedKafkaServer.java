package org.clinic.testsupport;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node KRaft Kafka inside this JVM on a fixed port: the local run tells the services where it is, and a
 * test can stop it and start a new one at the same address to simulate an outage.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;
    private final int port;

    private EmbeddedKafkaServer(EmbeddedKafkaKraftBroker broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    public static EmbeddedKafkaServer start(int port) {
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
        return new EmbeddedKafkaServer(broker, port);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
