package org.clinic.booking.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TestHttp;
import org.clinic.booking.appointment.TestBookings;
import org.clinic.events.Topics;
import org.clinic.testsupport.EmbeddedKafkaServer;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka goes away while patients keep booking: every booking still succeeds, the events wait in the outbox, and
 * when a broker is back on the same address all of them are published, each once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {org.clinic.booking.BookingApplication.class, KafkaOutageIT.PinnedClock.class})
class KafkaOutageIT {

    private static final java.util.UUID PHONE_CONSULTATION =
            java.util.UUID.fromString("11111111-0000-0000-0000-000000000005");
    private static final int KAFKA_PORT = freePort();
    private static final String DATABASE = EmbeddedPostgresServer.shared().createFreshDatabase("booking_outage");
    private static EmbeddedKafkaServer broker = EmbeddedKafkaServer.start(KAFKA_PORT);

    static class PinnedClock {
        @Bean
        @Primary
        Clock pinnedClock() {
            return Clock.fixed(BookingIntegrationTest.NOW, java.time.ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + KAFKA_PORT);
        registry.add(StaffTokens.PUBLIC_KEY_PROPERTY, () -> StaffTokens.TEST_PUBLIC_KEY);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void bookingsMadeWhileKafkaIsDownArePublishedOnceItReturns() {
        broker.close();
        var http = new TestHttp("http://localhost:" + port);
        int bookings = 100;
        for (int i = 0; i < bookings; i++) {
            // Free 15-minute phone consultations with Jordan Okafor: 32 a day (08-12, 13-17), Tuesday to Friday.
            var day = java.time.LocalDate.of(2026, 12, 1).plusDays(i / 32);
            int slot = i % 32;
            var time = (slot < 16 ? java.time.LocalTime.of(8, 0) : java.time.LocalTime.of(13, 0))
                    .plusMinutes(15L * (slot % 16));
            String start = day + "T" + time + ":00-05:00";
            var response = http.post("/api/booking/appointments", TestBookings.online(
                    PHONE_CONSULTATION, BookingIntegrationTest.OKAFOR, start, "down" + i + "@example.org"));
            assertThat(response.status()).as(start + " " + response.body()).isEqualTo(201);
        }
        assertThat(count()).isEqualTo(bookings);

        broker = EmbeddedKafkaServer.start(KAFKA_PORT);

        await().atMost(Duration.ofSeconds(60)).until(() -> count() == 0);
        Set<String> eventIds = new HashSet<>();
        Set<String> appointments = new HashSet<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + KAFKA_PORT,
                ConsumerConfig.GROUP_ID_CONFIG, "outage-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.APPOINTMENT_EVENTS));
            var json = JsonMapper.builder().build();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    eventIds.add(json.readTree(r.value()).get("eventId").asString());
                    appointments.add(r.key());
                });
                return appointments.size() >= bookings;
            });
        }
        assertThat(appointments).hasSize(bookings);
        assertThat(eventIds).hasSize(bookings);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
