package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * All four services and the infrastructure, started the way the README's run command starts them (on free
 * ports), exercised only through the gateway, as a patient and as the front desk would.
 */
@ExtendWith(RunningStack.class)
class WholeSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalStack stack;

    @BeforeAll
    static void useTheRunningStack() {
        stack = RunningStack.stack();
    }

    @Test
    void aPatientBooksThroughTheGatewayAndTheConfirmationEmailArrivesWithinTenSeconds() throws Exception {
        JsonNode types = get("/api/booking/appointment-types");
        String typeId = null;
        for (JsonNode type : types) {
            if (type.get("onlineBookable").asBoolean()) {
                typeId = type.get("id").asString();
                break;
            }
        }
        LocalDate today = LocalDate.now(ZoneId.of(get("/api/booking/clinic").get("timeZone").asString()));
        JsonNode slots = get("/api/booking/slots?appointmentTypeId=" + typeId + "&from=" + today + "&to=" + today.plusDays(14))
                .get("slots");
        assertThat(slots.size()).isPositive();
        JsonNode slot = slots.get(slots.size() / 2);

        String body = """
                {"appointmentTypeId": "%s", "practitionerId": "%s", "start": "%s",
                 "patient": {"firstName": "Sys", "lastName": "Test", "email": "sys@example.org", "phone": "+12125550123"}}"""
                .formatted(typeId, slot.get("practitionerId").asString(), slot.get("start").asString());
        var booked = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/booking/appointments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(booked.headers().firstValue("X-Request-Id")).isPresent();
        String reference = JSON.readTree(booked.body()).get("reference").asString();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode messages = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(stack.inboxUrl()
                    + "/api/messages")).build(), HttpResponse.BodyHandlers.ofString()).body()).get("messages");
            assertThat(messages.toString()).contains(reference);
        });
        JsonNode count = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(stack.inboxUrl()
                + "/api/messages/count")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(count.get("count").asInt()).isPositive();
    }

    /** Each process serves its actuator on its own management port; through the gateway there is none. */
    @Test
    void metricsAreOnTheManagementPortsOnly() throws Exception {
        for (ServiceProcess service : stack.services()) {
            assertThat(status(service.managementUrl() + "/actuator/metrics")).as(service.name()).isEqualTo(200);
            assertThat(status(service.url() + "/readyz")).as(service.name()).isEqualTo(200);
        }
        assertThat(status(stack.gatewayUrl() + "/actuator/metrics")).isEqualTo(404);
        assertThat(status(stack.gatewayUrl() + "/api/booking/%2e%2e/%2e%2e/actuator/metrics")).isEqualTo(404);
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aLongAnswerReachesTheBrowserGzippedThroughTheGateway() throws Exception {
        String typeId = get("/api/booking/appointment-types").get(0).get("id").asString();
        LocalDate today = LocalDate.now(ZoneId.of(get("/api/booking/clinic").get("timeZone").asString()));
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/booking/slots"
                        + "?appointmentTypeId=" + typeId + "&from=" + today + "&to=" + today.plusDays(30)))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var body = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(JSON.readTree(body.readAllBytes()).get("slots").size()).isPositive();
        }
    }

    @Test
    void theFrontDeskLogsInAtTheGatewayAndSeesTheSchedule() throws Exception {
        String login = """
                {"username": "desk", "password": "%s"}""".formatted(stack.staffPasswords().get("desk"));
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(login)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = JSON.readTree(response.body()).get("token").asString();

        var withToken = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                + "/api/booking/schedule?date=" + LocalDate.now())).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        var without = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                + "/api/booking/schedule?date=" + LocalDate.now())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
        assertThat(without.statusCode()).isEqualTo(401);
    }

    @Test
    void publishedDemoArticlesAreListed() throws Exception {
        assertThat(get("/api/content/articles").get("items").size()).isPositive();
    }

    private static JsonNode get(String path) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
