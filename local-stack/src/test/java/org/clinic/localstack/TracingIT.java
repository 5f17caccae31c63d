package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One trace from the gateway to the email: a booking made through the gateway with a caller's {@code traceparent}
 * carries its trace id through booking-service, the outbox and Kafka into notification-service's listener and SMTP
 * send, and back into booking-service with the delivery event. Every hop's log lines carry it, and each service
 * exports its spans of it over OTLP (to {@link OtlpReceiver}, as to a collector).
 */
@ExtendWith(RunningStack.class)
class TracingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static LocalStack stack;

    @BeforeAll
    static void useTheRunningStack() {
        stack = RunningStack.stack();
    }

    @Test
    void oneTraceRunsFromTheGatewayThroughBookingAndKafkaToTheEmailSent() throws Exception {
        String traceId = hex(16);
        String callerSpanId = hex(8);
        var booked = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/booking/appointments"))
                        .header("Content-Type", "application/json")
                        .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                        .POST(HttpRequest.BodyPublishers.ofString(bookingRequest())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(booked.headers().firstValue("X-Request-Id")).as("the request id is the trace id").hasValue(traceId);
        String appointmentId = JSON.readTree(booked.body()).get("id").asString();

        assertThat(logLine("booking-service", "Queued AppointmentBooked", appointmentId))
                .as("booking-service's log line of the request").contains(traceId);
        String header = recordTraceParent("booking.appointment-events", appointmentId);
        assertThat(header).as("the record's traceparent: the relay's span, in the booking's trace")
                .matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain(callerSpanId);
        assertThat(logLine("notification-service", "Received AppointmentBooked", appointmentId))
                .as("notification-service's listener").contains(traceId);
        assertThat(logLine("notification-service", "sent by EMAIL", traceId))
                .as("notification-service's SMTP send").isNotEmpty();
        assertThat(logLine("booking-service", "Received NotificationDelivered", appointmentId))
                .as("booking-service's delivery listener").contains(traceId);

        OtlpReceiver traces = RunningStack.traces();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(List.of("gateway", "booking-service",
                "notification-service")).as("services that exported spans of the trace (%d exports so far)",
                traces.exportCount()).allMatch(service -> traces.received(service, traceId)));
    }

    /** Without a caller's traceparent the gateway starts the trace, and answers its id as the request id. */
    @Test
    void theGatewaysLogLineAboutARequestCarriesTheRequestIdItAnswered() throws Exception {
        var refused = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\": \"trace-check\", \"password\": \"not-it\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        String requestId = refused.headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(requestId).matches("[0-9a-f]{32}");
        assertThat(logLine("gateway", "refused for user 'trace-check'", requestId)).isNotEmpty();
    }

    /** Waits for the service's log line holding all the fragments. */
    private static String logLine(String service, String... fragments) {
        ServiceProcess process = stack.services().stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow();
        List<String> found = new ArrayList<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            found.clear();
            readLines(process).stream().filter(line -> List.of(fragments).stream().allMatch(line::contains))
                    .findFirst().ifPresent(found::add);
            assertThat(found).as("a line of %s with %s", process.log(), List.of(fragments)).isNotEmpty();
        });
        return found.get(0);
    }

    private static List<String> readLines(ServiceProcess process) {
        try {
            return Files.readAllLines(process.log(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String recordTraceParent(String topic, String key) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + stack.settings().kafkaPort(),
                ConsumerConfig.GROUP_ID_CONFIG, "tracing-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
        }
        Header header = found.get(0).headers().lastHeader("traceparent");
        return header == null ? "(no traceparent header)" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A free online slot in the next two weeks, for a patient of this test's own. */
    private static String bookingRequest() throws Exception {
        String typeId = null;
        for (JsonNode type : get("/api/booking/appointment-types")) {
            if (type.get("onlineBookable").asBoolean()) {
                typeId = type.get("id").asString();
                break;
            }
        }
        LocalDate today = LocalDate.now(ZoneId.of(get("/api/booking/clinic").get("timeZone").asString()));
        JsonNode slots = get("/api/booking/slots?appointmentTypeId=" + typeId + "&from=" + today
                + "&to=" + today.plusDays(14)).get("slots");
        assertThat(slots.size()).isPositive();
        JsonNode slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
        return """
                {"appointmentTypeId": "%s", "practitionerId": "%s", "start": "%s",
                 "patient": {"firstName": "Tracy", "lastName": "Trace", "email": "trace-%s@example.org",
                             "phone": "+12125550123"}}"""
                .formatted(typeId, slot.get("practitionerId").asString(), slot.get("start").asString(), hex(4));
    }

    private static JsonNode get(String path) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
