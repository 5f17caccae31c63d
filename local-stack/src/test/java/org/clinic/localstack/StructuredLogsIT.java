package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator gets from {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}: a service (the gateway, the cheapest to
 * start alone) writes every log line as one JSON object, and a line about a request carries that request's trace id.
 */
class StructuredLogsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TRACE_ID = "5b8efff798038103d269b633813fc60c";

    private static EmbeddedPostgresServer postgres;
    private static ServiceProcess gateway;

    @BeforeAll
    static void startTheGatewayWithJsonLogs() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "structured-logs-");
        postgres = EmbeddedPostgresServer.startEphemeral();
        LocalStack.Settings ports = LocalStack.Settings.freePorts(LocalStackMain.findProjectDirectory(), work,
                List.of());
        // Routes to a port nobody listens on: the gateway logs each request it cannot deliver.
        String nowhere = "http://127.0.0.1:" + closedPort();
        var keys = KeyPairGenerator.getInstance("EC");
        keys.initialize(new ECGenParameterSpec("secp256r1"));
        gateway = ServiceProcess.start("gateway", LocalStack.ServiceJars.find(ports.projectDirectory()).get("gateway"),
                ports.gatewayPort(), ports.managementPorts().gateway(), Map.of(
                        "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs",
                        "DB_URL", postgres.ensureDatabase("identity"),
                        "DB_USERNAME", EmbeddedPostgresServer.USER, "DB_PASSWORD", "",
                        "CLINIC_JWT_PRIVATE_KEY", Base64.getEncoder().encodeToString(
                                keys.generateKeyPair().getPrivate().getEncoded()),
                        "BOOKING_URL", nowhere, "CONTENT_URL", nowhere, "NOTIFICATION_URL", nowhere),
                work.resolve("logs"), List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        gateway.awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyLogLineIsAJsonObjectAndALineAboutARequestCarriesItsTraceId() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gateway.url()
                        + "/api/booking/clinic")).header("traceparent", "00-" + TRACE_ID + "-53995c3f42cd8ad8-01").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(503);

        List<JsonNode> lines = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            lines.clear();
            for (String line : Files.readAllLines(gateway.log(), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(json(line));
                }
            }
            assertThat(lines).filteredOn(line -> line.path("message").asString().contains("could not reach"))
                    .singleElement()
                    .satisfies(line -> assertThat(line.path("traceId").asString()).isEqualTo(TRACE_ID))
                    .satisfies(line -> assertThat(line.path("log").path("level").asString()).isEqualTo("WARN"))
                    .satisfies(line -> assertThat(line.path("service").path("name").asString()).isEqualTo("gateway"));
        });
        // Startup, Flyway, the route table: all of them JSON too.
        assertThat(lines.size()).isGreaterThan(5);
    }

    private static JsonNode json(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
            return node;
        } catch (JacksonException e) {
            throw new AssertionError("Not a JSON log line: " + line, e);
        }
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
