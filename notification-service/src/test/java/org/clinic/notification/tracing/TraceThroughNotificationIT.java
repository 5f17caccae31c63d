package org.clinic.notification.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * The booking request's trace continues through this service: from the appointment event's {@code traceparent}
 * header into the listener's log line, the queued message (however much later it goes out), the SMTP send's log
 * line, and the {@code traceparent} of the delivery event booking-service receives. Also when the trace is not
 * sampled (most are not): it is then exported nowhere, but its id must still tie the log lines together.
 */
@ExtendWith(OutputCaptureExtension.class)
class TraceThroughNotificationIT extends NotificationIntegrationTest {

    @Autowired
    EmbeddedKafkaBroker broker;

    @ParameterizedTest(name = "trace flags {0}")
    @ValueSource(strings = {"01", "00"})
    void theBookingsTraceReachesTheEmailSendAndTheDeliveryEvent(String flags, CapturedOutput output) {
        TestAppointment appointment = appointment();
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String bookingSpanId = HexFormat.of().formatHex(randomBytes(8));
        var record = new ProducerRecord<>(TOPIC, appointment.key(), appointment.booked());
        record.headers().add("traceparent",
                ("00-" + traceId + "-" + bookingSpanId + "-" + flags).getBytes(StandardCharsets.UTF_8));

        kafka.send(record).join();

        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(appointment.id).contains("SENT"));
        String queuedIn = jdbc.sql("SELECT trace_parent FROM notification WHERE appointment_id = :id")
                .param("id", appointment.id).query(String.class).single();
        assertThat(queuedIn).as("the queued message keeps the listener's span, a child of the booking's")
                .startsWith("00-" + traceId + "-").doesNotContain(bookingSpanId).endsWith("-" + flags);
        UUID notificationId = jdbc.sql("SELECT id FROM notification WHERE appointment_id = :id")
                .param("id", appointment.id).query(UUID.class).single();
        assertThat(lineWith(output, "Received AppointmentBooked", "for appointment " + appointment.id))
                .as("the listener's log line").contains(traceId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(lineWith(output, "Notification " + notificationId + " sent by EMAIL"))
                        .as("the SMTP send's log line").contains(traceId));

        assertThat(deliveryEventTraceParent(appointment.id)).as("booking-service continues the trace from here")
                .startsWith("00-" + traceId + "-").endsWith("-" + flags);
    }

    private static String lineWith(CapturedOutput output, String... fragments) {
        return output.getOut().lines().filter(line -> List.of(fragments).stream().allMatch(line::contains))
                .findFirst().orElse("(no line with " + List.of(fragments) + ")");
    }

    private String deliveryEventTraceParent(UUID appointmentId) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "trace-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(DELIVERY_TOPIC));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (appointmentId.toString().equals(r.key())) {
                        seen.add(r);
                    }
                });
                return !seen.isEmpty();
            });
        }
        Header header = seen.get(0).headers().lastHeader("traceparent");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
