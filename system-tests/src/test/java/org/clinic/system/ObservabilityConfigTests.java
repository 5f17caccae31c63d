package org.clinic.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinic.testsupport.metrics.DashboardQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compose profile "observability" (Prometheus and Grafana) read as files, where no Docker engine is needed:
 * Prometheus scrapes every Spring service by its compose name on its management port, Grafana gets its data source
 * and dashboard from the mounted files, and neither starts, nor asks for a setting, without the profile.
 */
class ObservabilityConfigTests {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path PROMETHEUS_CONFIG = PROJECT.resolve("deploy/observability/prometheus/prometheus.yml");
    private static final Path GRAFANA = PROJECT.resolve("deploy/observability/grafana");
    private static final List<String> SPRING_SERVICES =
            List.of("booking-service", "content-service", "notification-service", "gateway");

    private static final Map<String, Map<String, Object>> SERVICES = services();

    @ParameterizedTest
    @ValueSource(strings = {"booking-service", "content-service", "notification-service", "gateway"})
    void prometheusScrapesEveryInstanceOfEachServiceOnItsManagementPort(String service) throws IOException {
        Map<String, Object> job = scrapeJobs().get(service);

        assertThat(job).as("a scrape job named " + service).isNotNull();
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        // By DNS, so every container of a scaled service (--scale booking-service=2) is a target of its own.
        List<Map<String, Object>> discovery = list(job.get("dns_sd_configs"));
        assertThat(discovery).singleElement().satisfies(dns -> {
            assertThat(strings(dns.get("names"))).containsExactly(service);
            assertThat(dns.get("type")).isEqualTo("A");
            assertThat(String.valueOf(dns.get("port"))).isEqualTo(ComposeHardeningTests.managementPort(service));
        });
        assertThat(SERVICES).as("a compose service of that name").containsKey(service);
    }

    @Test
    void prometheusScrapesNothingElse() {
        assertThat(scrapeJobs()).containsOnlyKeys(SPRING_SERVICES);
    }

    @Test
    void prometheusReadsTheCheckedInConfigurationAndKeepsItsDataOnAVolume() {
        Map<String, Object> prometheus = SERVICES.get("prometheus");

        assertThat(strings(prometheus.get("volumes")))
                .contains("./deploy/observability/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro")
                .anyMatch(volume -> volume.startsWith("prometheus-data:"));
        assertThat(strings(prometheus.get("command"))).contains("--config.file=/etc/prometheus/prometheus.yml");
    }

    @Test
    void onlyPrometheusAndGrafanaBelongToTheProfileAndNothingElseHasOne() {
        SERVICES.forEach((name, service) -> {
            if (name.equals("prometheus") || name.equals("grafana")) {
                assertThat(strings(service.get("profiles"))).as(name).containsExactly("observability");
            } else {
                assertThat(service).as(name + ": starts with a plain `docker compose up`").doesNotContainKey("profiles");
            }
        });
    }

    /** Every image names its version: a rebuild a year later gets the same Prometheus and Grafana. */
    @Test
    void everyImageIsPinnedToAVersion() {
        SERVICES.forEach((name, service) -> {
            Object image = service.get("image");
            if (image != null) {
                assertThat(image.toString()).as(name).matches("[^:]+:[^:]+").doesNotEndWith(":latest");
            }
        });
    }

    @Test
    void grafanaLoadsTheDashboardsTheProvisioningPointsAtFromTheCheckedInFiles() {
        Map<String, Object> grafana = SERVICES.get("grafana");
        List<String> volumes = strings(grafana.get("volumes"));
        Map<String, Object> provider = list(yaml(GRAFANA.resolve("provisioning/dashboards/clinic.yml")).get("providers"))
                .get(0);
        @SuppressWarnings("unchecked")
        String dashboards = String.valueOf(((Map<String, Object>) provider.get("options")).get("path"));

        assertThat(volumes).contains("./deploy/observability/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./deploy/observability/grafana/dashboards:" + dashboards + ":ro");
        assertThat(Files.exists(GRAFANA.resolve("dashboards/clinic.json"))).isTrue();
    }

    /** The data source is the profile's Prometheus, and every panel of the dashboard queries that data source. */
    @Test
    void theDashboardQueriesTheProvisionedPrometheus() throws IOException {
        Map<String, Object> source = list(yaml(GRAFANA.resolve("provisioning/datasources/prometheus.yml"))
                .get("datasources")).get(0);
        String text = Files.readString(GRAFANA.resolve("dashboards/clinic.json"));
        JsonNode dashboard = JsonMapper.builder().build().readTree(text);

        assertThat(source.get("url")).isEqualTo("http://prometheus:9090");
        assertThat(SERVICES).containsKey("prometheus");
        List<String> uids = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (!panel.path("type").asString().equals("row")) {
                uids.add(panel.path("datasource").path("uid").asString());
                panel.path("targets").forEach(target -> uids.add(target.path("datasource").path("uid").asString()));
            }
        }
        assertThat(uids).isNotEmpty().containsOnly(String.valueOf(source.get("uid")));
        assertThat(DashboardQueries.expressions(text)).hasSizeGreaterThan(10);
    }

    /**
     * No default password: Grafana's comes from .env, deploy/generate-env.sh writes one, and the container refuses
     * to start without it (compose's own ${VAR:?} check would stop the whole stack, profile or not).
     */
    @Test
    void grafanasAdminPasswordComesFromTheGeneratedEnvAndIsRequired() {
        Map<String, Object> grafana = SERVICES.get("grafana");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) grafana.get("environment");
        Map<String, String> dotEnv = GeneratedDotEnv.make(PROJECT, "admin", "a long enough password");

        assertThat(environment.get("GF_SECURITY_ADMIN_PASSWORD")).isEqualTo("${GRAFANA_ADMIN_PASSWORD:-}");
        assertThat(dotEnv.get("GRAFANA_ADMIN_PASSWORD")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(String.join(" ", strings(grafana.get("entrypoint"))))
                .contains("-z \"$$GF_SECURITY_ADMIN_PASSWORD\"", "exit 1", "exec /run.sh");
        assertThat(environment).containsEntry("GF_AUTH_ANONYMOUS_ENABLED", "false")
                .containsEntry("GF_USERS_ALLOW_SIGN_UP", "false");
    }

    private static Map<String, Map<String, Object>> scrapeJobs() {
        return list(yaml(PROMETHEUS_CONFIG).get("scrape_configs")).stream()
                .collect(Collectors.toMap(job -> String.valueOf(job.get("job_name")), job -> job));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) yaml(PROJECT.resolve("docker-compose.yml")).get("services");
    }

    private static Map<String, Object> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(value.toString());
    }
}
