package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.clinic.testsupport.metrics.DashboardQueries;
import org.clinic.testsupport.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard of the observability profile asks only for metrics the services really export: after a
 * booking through the gateway and its confirmation email, every metric name in the dashboard's queries is in the
 * Prometheus scrape of the service the query names (its {@code job}, which is the service's name in compose and
 * here), or of some service where the query names none. A renamed meter fails here, not on an empty panel.
 */
@ExtendWith(RunningStack.class)
class DashboardMetricsIT {

    /** Series Prometheus makes itself for every target, which no service exports. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up", "scrape_duration_seconds",
            "scrape_samples_scraped");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyMetricTheDashboardQueriesIsExportedByTheServiceItNames() throws Exception {
        LocalStack stack = RunningStack.stack();
        String reference = bookThroughTheGateway(stack);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(get(stack.inboxUrl() + "/api/messages")).contains(reference));
        get(stack.gatewayUrl() + "/api/content/articles");
        // The confirmation is counted once its status commits, and its delivery event relayed after that.
        ServiceProcess notification = stack.services().stream().filter(s -> s.name().equals("notification-service"))
                .findFirst().orElseThrow();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(scrape(notification).value("clinic_messages_total", "outcome", "sent")).isPositive());
        Map<String, Set<String>> exported = new HashMap<>();
        for (ServiceProcess service : stack.services()) {
            exported.put(service.name(), scrape(service).names());
        }
        String dashboard = Files.readString(stack.settings().projectDirectory()
                .resolve("deploy/observability/grafana/dashboards/clinic.json"));

        Set<String> missing = new LinkedHashSet<>();
        for (String query : DashboardQueries.expressions(dashboard)) {
            for (var metric : DashboardQueries.metrics(query)) {
                if (MADE_BY_PROMETHEUS.contains(metric.name())) {
                    continue;
                }
                boolean found = metric.job() == null
                        ? exported.values().stream().anyMatch(names -> names.contains(metric.name()))
                        : exported.getOrDefault(metric.job(), Set.of()).contains(metric.name());
                if (!found) {
                    missing.add(metric.name() + (metric.job() == null ? "" : " (job " + metric.job() + ")")
                            + " in: " + query);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(exported.get("booking-service")).contains("clinic_bookings_total", "clinic_slot_search_seconds_bucket",
                "clinic_outbox_backlog", "clinic_outbox_oldest_age_seconds",
                "kafka_consumer_fetch_manager_records_lag_max");
        assertThat(exported.get("notification-service")).contains("clinic_messages_total", "clinic_messages_retrying",
                "clinic_reminders_due", "clinic_outbox_backlog");
    }

    private static PrometheusScrape scrape(ServiceProcess service) {
        return PrometheusScrape.of(URI.create(service.managementUrl()).getPort());
    }

    private static String bookThroughTheGateway(LocalStack stack) throws Exception {
        JsonNode types = JSON.readTree(get(stack.gatewayUrl() + "/api/booking/appointment-types"));
        String typeId = null;
        for (JsonNode type : types) {
            if (type.get("onlineBookable").asBoolean()) {
                typeId = type.get("id").asString();
                break;
            }
        }
        ZoneId zone = ZoneId.of(JSON.readTree(get(stack.gatewayUrl() + "/api/booking/clinic")).get("timeZone").asString());
        LocalDate from = LocalDate.now(zone).plusDays(20);
        JsonNode slots = JSON.readTree(get(stack.gatewayUrl() + "/api/booking/slots?appointmentTypeId=" + typeId
                + "&from=" + from + "&to=" + from.plusDays(14))).get("slots");
        JsonNode slot = slots.get(slots.size() / 3);
        String body = """
                {"appointmentTypeId": "%s", "practitionerId": "%s", "start": "%s",
                 "patient": {"firstName": "Dash", "lastName": "Board", "email": "dashboard@example.org",
                             "phone": "+12125550166"}}"""
                .formatted(typeId, slot.get("practitionerId").asString(), slot.get("start").asString());
        var booked = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/booking/appointments"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return JSON.readTree(booked.body()).get("reference").asString();
    }

    private static String get(String url) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
