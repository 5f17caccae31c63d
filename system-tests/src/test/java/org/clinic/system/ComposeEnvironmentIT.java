package org.clinic.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.clinic.system.SystemHttp.send;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.clinic.localstack.LocalStack;
import org.clinic.localstack.MailCatcher;
import org.clinic.localstack.ServiceProcess;
import org.clinic.testsupport.EmbeddedKafkaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml proven without Docker (ComposeStackIT needs an engine, and none runs here or in CI). Each of
 * the four services' jars is started with exactly the environment compose would give its container: the service's
 * {@code environment:} interpolated from a .env made as deploy/generate-env.sh makes it, with only the compose
 * hostnames and container ports rewritten to the embedded PostgreSQL, Kafka and mail catcher and to the other
 * services' local ports. Nothing from this JVM's environment leaks in, and the infrastructure checks what the
 * containers would (database passwords per role), so a misspelled variable or a setting compose forgot fails here:
 * the service does not start, cannot book, sends no email, or the admin cannot sign in.
 */
class ComposeEnvironmentIT {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES =
            List.of("booking-service", "content-service", "notification-service", "gateway");
    /**
     * The mail catcher listens on another loopback address: notification-service's own default SMTP host is
     * localhost, and a compose file that lost SMTP_HOST must not reach the catcher by that fallback. (Linux answers
     * on all of 127.0.0.0/8; macOS would need an alias for it.)
     */
    private static final String MAIL_HOST = "127.0.0.2";
    /** Heap and JIT as small as the other system tests run them; the Dockerfile's JAVA_OPTS flag on top. No -D. */
    private static final List<String> JVM_OPTIONS =
            List.of("-XX:+ExitOnOutOfMemoryError", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final String ADMIN = "compose-admin";
    private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();

    private static final JsonMapper JSON = SystemHttp.JSON;
    private static final List<AutoCloseable> RUNNING = new ArrayList<>();
    private static final Map<String, ServiceProcess> PROCESSES = new LinkedHashMap<>();
    private static MailCatcher mail;

    @BeforeAll
    static void startEachServiceWithItsComposeEnvironment() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "compose-environment-");
        ComposeFile compose = ComposeFile.read(PROJECT.resolve("docker-compose.yml"));
        Map<String, String> dotEnv = GeneratedDotEnv.make(PROJECT, ADMIN, ADMIN_PASSWORD);
        Map<String, Path> jars = LocalStack.ServiceJars.find(PROJECT);
        LocalStack.Settings ports = LocalStack.Settings.freePorts(PROJECT, work, JVM_OPTIONS);

        // Compose's network names and container ports (the images' own: PostgreSQL 5432, Kafka's PLAINTEXT listener
        // 9092, Mailpit's SMTP 1025; each service's build PORT) and where they are here.
        Map<String, int[]> servicePorts = Map.of(
                "booking-service", new int[] {ports.bookingPort(), ports.managementPorts().booking()},
                "content-service", new int[] {ports.contentPort(), ports.managementPorts().content()},
                "notification-service", new int[] {ports.notificationPort(), ports.managementPorts().notification()},
                "gateway", new int[] {ports.gatewayPort(), ports.managementPorts().gateway()});
        Map<String, String> addresses = new HashMap<>(Map.of(
                "postgres:5432", "localhost:" + ports.postgresPort(),
                "kafka:9092", "localhost:" + ports.kafkaPort(),
                "mailpit:1025", MAIL_HOST + ":" + ports.smtpPort()));
        servicePorts.forEach((name, port) ->
                addresses.put(name + ":" + compose.containerPort(name), "localhost:" + port[0]));

        // Every environment first: a variable compose refuses to start without stops the run before anything runs.
        Map<String, String> postgresEnvironment = compose.environment("postgres", dotEnv);
        Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        for (String name : SERVICES) {
            Map<String, String> environment = mapAddresses(compose.environment(name, dotEnv), addresses);
            // Set by the eclipse-temurin base image, not compose: Java 17 takes its default charset from it. The
            // image's en_US.UTF-8 may not exist here; C.UTF-8 always does.
            environment.put("LANG", "C.UTF-8");
            environments.put(name, environment);
        }

        // The infrastructure containers, on this machine. PostgreSQL gets compose's postgres environment (its
        // passwords) and runs init-databases.sh's SQL with it.
        RUNNING.add(ComposePostgres.start(ports.postgresPort(), PROJECT, postgresEnvironment, work.resolve("postgres")));
        RUNNING.add(EmbeddedKafkaServer.start(ports.kafkaPort()));
        mail = MailCatcher.start(MAIL_HOST, ports.smtpPort(), ports.inboxPort());
        RUNNING.add(mail);

        // In compose each container has every port to itself and the services rely on their defaults
        // (SERVER_PORT 8080-8083, MANAGEMENT_PORT 9080-9083). On one host beside other test runs they would
        // collide, so startIsolated adds SERVER_PORT and MANAGEMENT_PORT (free ports) and nothing else.
        environments.forEach((name, environment) -> {
            try {
                PROCESSES.put(name, ServiceProcess.startIsolated(name, jars.get(name), servicePorts.get(name)[0],
                        servicePorts.get(name)[1], environment, work.resolve("logs"), JVM_OPTIONS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (ServiceProcess service : PROCESSES.values()) {
            try {
                service.awaitReady(Duration.ofSeconds(180));
            } catch (IllegalStateException notReady) {
                throw new AssertionError(notReady.getMessage() + "\n" + excerpt(service.log()), notReady);
            }
        }
    }

    @AfterAll
    static void stopEverything() {
        PROCESSES.values().parallelStream().forEach(ServiceProcess::close);
        for (int i = RUNNING.size() - 1; i >= 0; i--) {
            try {
                RUNNING.get(i).close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e);
            }
        }
    }

    @Test
    void everyServiceReportsReady() {
        PROCESSES.forEach((name, service) -> assertThat(
                send(HttpRequest.newBuilder(URI.create(service.url() + "/readyz")).GET()).statusCode())
                .as(name + " /readyz").isEqualTo(200));
    }

    @Test
    void aBookingThroughTheGatewayGetsItsConfirmationEmail() {
        JsonNode type = StreamSupport.stream(getJson("/api/booking/appointment-types").spliterator(), false)
                .filter(t -> t.path("onlineBookable").asBoolean())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no online-bookable appointment type in the demo data"));
        LocalDate today = LocalDate.now(ZoneId.of(getJson("/api/booking/clinic").path("timeZone").asString()));
        JsonNode slots = getJson("/api/booking/slots?appointmentTypeId=" + type.path("id").asString()
                + "&from=" + today + "&to=" + today.plusDays(14)).path("slots");
        assertThat(slots.isEmpty()).as("free slots in the next two weeks").isFalse();

        String email = "compose-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String body = JSON.writeValueAsString(Map.of(
                "appointmentTypeId", type.path("id").asString(),
                "practitionerId", slots.get(0).path("practitionerId").asString(),
                "start", slots.get(0).path("start").asString(),
                "patient", Map.of("firstName", "Compose", "lastName", "Check", "email", email, "phone", "+15555550123")));
        HttpResponse<String> booked = send(gateway("/api/booking/appointments")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String reference = JSON.readTree(booked.body()).path("reference").asString();

        // Booking -> outbox -> Kafka -> notification-service -> SMTP: every hop configured by compose alone.
        Path log = PROCESSES.get("notification-service").log();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(mail.messages()).as("mail to %s with %s; %s says:%n%s", email, reference, log, excerpt(log))
                        .anySatisfy(m -> {
                            assertThat(m.to()).contains(email);
                            assertThat(m.subject() + "\n" + m.text()).contains(reference);
                        }));
    }

    /** CLINIC_STAFF_USERS as generate-env.sh writes it ($2y$ hash and all) reaches the gateway intact. */
    @Test
    void theAdminFromTheGeneratedEnvSignsInAndTheServicesAcceptTheGatewaysToken() {
        HttpResponse<String> login = send(gateway("/api/auth/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("username", ADMIN, "password", ADMIN_PASSWORD)))));
        assertThat(login.statusCode()).as("%s signs in (CLINIC_STAFF_USERS): %s", ADMIN, login.body()).isEqualTo(200);
        String token = JSON.readTree(login.body()).path("token").asString();
        assertThat(token).isNotBlank();

        // Signed with CLINIC_JWT_PRIVATE_KEY, verified with each service's CLINIC_JWT_PUBLIC_KEY.
        HttpResponse<String> schedule = send(gateway("/api/booking/schedule?date=" + LocalDate.now())
                .header("Authorization", "Bearer " + token).GET());
        assertThat(schedule.statusCode()).as("booking-service: " + schedule.body()).isEqualTo(200);
        HttpResponse<String> deliveries = send(gateway("/api/notifications?appointmentId=" + UUID.randomUUID())
                .header("Authorization", "Bearer " + token).GET());
        assertThat(deliveries.statusCode()).as("notification-service: " + deliveries.body()).isEqualTo(200);
        // content-service through CONTENT_URL: its home page.
        assertThat(send(gateway("/").GET()).statusCode()).as("content-service's home page").isEqualTo(200);
    }

    /**
     * Rewrites only the host:port part of each value ({@code jdbc:postgresql://postgres:5432/booking} keeps its
     * scheme and database), and a host given apart from its port ({@code SMTP_HOST=mailpit}, {@code SMTP_PORT=1025})
     * as the pair. An unknown host or port is left alone, so it fails here as it would in compose.
     */
    static Map<String, String> mapAddresses(Map<String, String> environment, Map<String, String> addresses) {
        Map<String, String> mapped = new LinkedHashMap<>(environment);
        mapped.replaceAll((name, value) -> {
            for (var address : addresses.entrySet()) {
                value = value.replaceAll("(?<![\\w.-])" + Pattern.quote(address.getKey()) + "(?!\\d)",
                        address.getValue());
            }
            return value;
        });
        environment.forEach((name, host) -> {
            if (name.endsWith("_HOST")) {
                String portName = name.substring(0, name.length() - "_HOST".length()) + "_PORT";
                String target = addresses.get(host + ":" + environment.get(portName));
                if (target != null) {
                    mapped.put(name, target.substring(0, target.lastIndexOf(':')));
                    mapped.put(portName, target.substring(target.lastIndexOf(':') + 1));
                }
            }
        });
        return mapped;
    }

    /** Spring's failure report and root cause, or the last warnings and failed attempts: not the whole log. */
    private static String excerpt(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> telling = lines.stream()
                    .filter(l -> l.contains(" ERROR ") || l.contains(" WARN ") || l.contains("failed, will retry")
                            || l.startsWith("Caused by:") || l.startsWith("Description:") || l.startsWith("Reason:")
                            || l.startsWith("Action:") || l.startsWith("Property:"))
                    .map(l -> l.length() > 400 ? l.substring(0, 400) + "..." : l)
                    .distinct()
                    .toList();
            List<String> shown = telling.isEmpty() ? lines : telling;
            // The last lines: the innermost cause of a failed start is at the bottom, the latest retry too.
            return String.join("\n", shown.subList(Math.max(0, shown.size() - 6), shown.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static HttpRequest.Builder gateway(String path) {
        return HttpRequest.newBuilder(URI.create(PROCESSES.get("gateway").url() + path));
    }

    private static JsonNode getJson(String path) {
        return SystemHttp.getJson(URI.create(PROCESSES.get("gateway").url() + path));
    }
}
