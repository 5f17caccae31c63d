package org.clinic.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.clinic.system.SystemHttp.getJson;
import static org.clinic.system.SystemHttp.send;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.output.ToStringConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped docker-compose.yml itself: builds the four images, starts the stack with freshly
 * generated secrets, books through the gateway and finds the confirmation in Mailpit.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeStackIT {

    // A cold build downloads every Maven dependency inside the build container.
    private static final Duration STARTUP = Duration.ofMinutes(20);
    private static final List<String> SERVICES = List.of(
            "gateway", "booking-service", "content-service", "notification-service", "postgres", "kafka", "mailpit");
    /** Failsafe runs in system-tests/; the compose file, its build contexts and deploy/ live one level up. */
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final String STAFF_USER = "compose-admin";
    private static final String STAFF_PASSWORD = UUID.randomUUID().toString();
    private static final String REFERENCE_PATTERN = "[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}";

    private static final JsonMapper JSON = SystemHttp.JSON;
    private static final Map<String, ToStringConsumer> LOGS = new LinkedHashMap<>();

    private static ComposeContainer stack;

    @BeforeAll
    static void startStack() {
        stack = new ComposeContainer(PROJECT.resolve("docker-compose.yml").toFile())
                .withEnv(generatedEnvironment())
                .withBuild(true)
                // Built images go with the stack; the build cache stays, so the next run is quick.
                .withRemoveImages(ComposeContainer.RemoveImages.LOCAL)
                .withStartupTimeout(STARTUP)
                .withExposedService("gateway", 8080, Wait.forHealthcheck().withStartupTimeout(STARTUP))
                .withExposedService("mailpit", 8025, Wait.forHttp("/readyz").withStartupTimeout(STARTUP));
        SERVICES.forEach(service -> {
            ToStringConsumer log = new ToStringConsumer();
            LOGS.put(service, log);
            stack.withLogConsumer(service, log);
        });
        runDumpingLogsOnFailure(stack::start);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void booksThroughTheGatewayAndTheConfirmationEmailReachesMailpit() {
        runDumpingLogsOnFailure(() -> {
            JsonNode type = StreamSupport.stream(getJson(gateway("/api/booking/appointment-types")).spliterator(), false)
                    .filter(t -> t.path("onlineBookable").asBoolean())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no online-bookable appointment type in the demo data"));

            ZoneId clinicZone = ZoneId.of(getJson(gateway("/api/booking/clinic")).path("timeZone").asString());
            LocalDate today = LocalDate.now(clinicZone);
            JsonNode slots = getJson(gateway("/api/booking/slots?appointmentTypeId=" + type.path("id").asString()
                    + "&from=" + today + "&to=" + today.plusDays(14))).path("slots");
            assertThat(slots.isEmpty()).as("free slots in the next two weeks").isFalse();
            JsonNode slot = slots.get(0);

            String email = "compose-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            String body = JSON.writeValueAsString(Map.of(
                    "appointmentTypeId", type.path("id").asString(),
                    "practitionerId", slot.path("practitionerId").asString(),
                    "start", slot.path("start").asString(),
                    "patient", Map.of("firstName", "Compose", "lastName", "Check", "email", email, "phone", "+15555550123")));
            HttpResponse<String> booked = send(HttpRequest.newBuilder(gateway("/api/booking/appointments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            String reference = JSON.readTree(booked.body()).path("reference").asString();
            assertThat(reference).matches(REFERENCE_PATTERN);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(mailsTo(email)).anySatisfy(mail -> assertThat(mail).contains(reference)));
        });
    }

    @Test
    void staffUserFromTheEnvironmentLogsInThroughTheGatewayAndReachesTheDesk() {
        runDumpingLogsOnFailure(() -> {
            // Proves the BCrypt hash, '$' signs and all, arrives intact through compose.
            String body = JSON.writeValueAsString(Map.of("username", STAFF_USER, "password", STAFF_PASSWORD));
            HttpResponse<String> login = send(HttpRequest.newBuilder(gateway("/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            String token = JSON.readTree(login.body()).path("token").asString();
            assertThat(token).isNotBlank();
            // The gateway turns the session into an access token that a service verifies with the public key alone.
            HttpResponse<String> schedule = send(HttpRequest.newBuilder(gateway("/api/booking/schedule?date="
                    + LocalDate.now(ZoneId.of("America/New_York")))).header("Authorization", "Bearer " + token).GET());
            assertThat(schedule.statusCode()).as(schedule.body()).isEqualTo(200);
        });
    }

    /** Metrics live on the services' management ports, which compose does not publish; the probes stay public. */
    @Test
    void theActuatorIsNotReachableThroughThePublishedGateway() {
        runDumpingLogsOnFailure(() -> {
            assertThat(send(HttpRequest.newBuilder(gateway("/readyz")).GET()).statusCode()).isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(gateway("/actuator/metrics")).GET()).statusCode()).isEqualTo(404);
            assertThat(send(HttpRequest.newBuilder(gateway("/api/booking/%2e%2e/%2e%2e/actuator/env")).GET())
                    .statusCode()).isEqualTo(404);
        });
    }

    /** Subject, text and HTML of every message Mailpit caught for the given recipient. */
    private static List<String> mailsTo(String recipient) {
        JsonNode messages = getJson(mailpit("/api/v1/messages")).path("messages");
        return StreamSupport.stream(messages.spliterator(), false)
                .filter(m -> m.path("To").toString().contains(recipient))
                .map(m -> getJson(mailpit("/api/v1/message/" + m.path("ID").asString())))
                .map(m -> m.path("Subject").asString() + "\n" + m.path("Text").asString() + "\n" + m.path("HTML").asString())
                .toList();
    }

    /** The .env deploy/generate-env.sh would write (GeneratedDotEnv reads the script), plus ephemeral host ports. */
    private static Map<String, String> generatedEnvironment() {
        Map<String, String> env = new LinkedHashMap<>(GeneratedDotEnv.make(PROJECT, STAFF_USER, STAFF_PASSWORD));
        // The test goes through Testcontainers' proxy, and a fixed 8080/8025 may be taken on the machine running it.
        env.put("GATEWAY_PORT", "0");
        env.put("MAILPIT_UI_PORT", "0");
        return env;
    }

    private static URI gateway(String path) {
        return url("gateway", 8080, path);
    }

    private static URI mailpit(String path) {
        return url("mailpit", 8025, path);
    }

    private static URI url(String service, int port, String path) {
        return URI.create("http://" + stack.getServiceHost(service, port) + ":" + stack.getServicePort(service, port) + path);
    }

    /** Container output is the only clue to why a composed service failed; print it then. */
    private static void runDumpingLogsOnFailure(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | AssertionError e) {
            LOGS.forEach((service, log) -> System.err.printf("%n===== %s =====%n%s", service, log.toUtf8String()));
            throw e;
        }
    }
}
