package org.clinic.booking;

import java.time.Instant;
import java.util.UUID;
import org.clinic.events.Topics;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boots booking-service against a real PostgreSQL and a real (in-JVM KRaft) Kafka broker, with the clock pinned
 * to Monday 2026-11-30 12:00 UTC (07:00 in the demo clinic's New York), so slot expectations are fixed. Every test
 * books from one address, often with one phone number, so the abuse limits are out of reach in every test context
 * (src/test/resources/application.properties); the tests of the limits set their own with {@code @TestPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PinnedClock.class)
@EmbeddedKafka(partitions = 1, topics = Topics.APPOINTMENT_EVENTS,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class BookingIntegrationTest {

    public static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    public static final UUID EVALUATION = UUID.fromString("11111111-0000-0000-0000-000000000001");
    public static final UUID ADJUSTMENT = UUID.fromString("11111111-0000-0000-0000-000000000003");
    public static final UUID OKAFOR = UUID.fromString("22222222-0000-0000-0000-000000000001");
    public static final UUID LIN = UUID.fromString("22222222-0000-0000-0000-000000000002");

    private static final String DATABASE = EmbeddedPostgresServer.shared().createFreshDatabase("booking");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add(StaffTokens.PUBLIC_KEY_PROPERTY, () -> StaffTokens.TEST_PUBLIC_KEY);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected TestHttp http;

    @BeforeEach
    void clearAppointments() {
        http = new TestHttp("http://localhost:" + port);
        jdbc.sql("DELETE FROM appointment_audit").update();
        jdbc.sql("DELETE FROM idempotency_key").update();
        jdbc.sql("DELETE FROM appointment").update();
        jdbc.sql("DELETE FROM patient").update();
        jdbc.sql("DELETE FROM rate_limit_bucket").update();
    }
}
