package org.clinic.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A single-node KRaft Kafka inside this JVM on a fixed port: the local run tells the services where it is. It can be
 * stopped and started again at the same address with its log directory kept ({@link #stop()}, {@link #startAgain()}):
 * topics, records and consumer groups' committed offsets survive, as across a real broker restart. Its files live in
 * a temporary directory removed on {@link #close()}.
 *
 * <p>Built on Kafka's own test cluster kit, as spring-kafka-test's {@code EmbeddedKafkaKraftBroker} is, because that
 * one always formats a new temporary directory and so cannot restart a broker.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private static final int PARTITIONS = 3;

    static {
        // Kafka calls Exit.exit/halt on fatal errors; in a test JVM that must fail the broker, not end the JVM.
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("Kafka asked to exit(" + code + "): " + message);
        });
        Exit.setHaltProcedure((code, message) -> {
            throw new IllegalStateException("Kafka asked to halt(" + code + "): " + message);
        });
    }

    private final int port;
    private final Path directory;
    private final String clusterId = Uuid.randomUuid().toString();
    private KafkaClusterTestKit cluster;
    private boolean formatted;

    private EmbeddedKafkaServer(int port, Path directory) {
        this.port = port;
        this.directory = directory;
    }

    public static EmbeddedKafkaServer start(int port) {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            var server = new EmbeddedKafkaServer(port, Files.createTempDirectory("embedded-kafka-"));
            server.startAgain();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Kafka did not start", e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Shuts the broker down in order (as {@code kafka-server-stop} would); its log directory stays. */
    public synchronized void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException("Embedded Kafka did not stop cleanly", e);
            } finally {
                cluster = null;
            }
        }
    }

    /** Starts the broker (again) on the same port and log directory; returns once it accepts clients. */
    public synchronized void startAgain() {
        if (cluster != null) {
            throw new IllegalStateException("Kafka is already running");
        }
        try {
            var nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setClusterId(clusterId)
                    .setBaseDirectory(directory)
                    .build();
            var builder = new KafkaClusterTestKit.Builder(nodes).setDeleteOnClose(false);
            brokerProperties().forEach(builder::setConfigProp);
            var started = builder.build();
            try {
                if (!formatted) {
                    started.format(); // once: a restart finds its data as it left it
                    formatted = true;
                }
                started.startup();
                started.waitForReadyBrokers();
            } catch (Exception | Error e) {
                started.close();
                throw e;
            }
            cluster = started;
        } catch (Exception e) {
            throw new IllegalStateException("Embedded Kafka did not start on port " + port, e);
        }
    }

    private Map<String, String> brokerProperties() {
        return Map.of(
                // The kit binds its own listeners on free ports; the FIXED one is the address clients are given.
                "listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,FIXED://localhost:" + port,
                "listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,FIXED:PLAINTEXT",
                "auto.create.topics.enable", "true",
                "num.partitions", String.valueOf(PARTITIONS),
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1");
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            deleteDirectory();
        }
    }

    private void deleteDirectory() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + directory + ": " + e);
        }
    }
}
