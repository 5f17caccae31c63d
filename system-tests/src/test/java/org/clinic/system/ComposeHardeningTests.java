package org.clinic.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The hardening of docker-compose.yml, read as YAML (anchors and merge keys resolved), where no Docker engine is
 * needed: what ComposeStackIT cannot show without one. Each Spring service is checked against its own
 * application.yml, so a changed shutdown timeout or management port cannot leave the compose file behind.
 */
class ComposeHardeningTests {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SPRING_SERVICES =
            List.of("booking-service", "content-service", "notification-service", "gateway");
    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("\\$\\{[A-Z_]+:([^}]*)}");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|h|m|s)");
    /** Spring's default for spring.lifecycle.timeout-per-shutdown-phase. */
    private static final Duration SPRING_DEFAULT_SHUTDOWN = Duration.ofSeconds(30);

    private static final Map<String, Map<String, Object>> SERVICES = services();

    @Test
    void everyContainerDropsAllCapabilitiesAndCannotGainPrivileges() {
        assertThat(SERVICES).hasSize(9);
        SERVICES.forEach((name, service) -> {
            assertThat(strings(service.get("cap_drop"))).as(name + " cap_drop").containsExactly("ALL");
            assertThat(strings(service.get("security_opt"))).as(name + " security_opt")
                    .contains("no-new-privileges:true");
        });
    }

    /** PostgreSQL's entrypoint needs to fix ownership and drop to its user; nobody else gets any capability back. */
    @Test
    void onlyPostgresGetsCapabilitiesBackAndOnlyThoseItsEntrypointNeeds() {
        SERVICES.forEach((name, service) -> {
            if (name.equals("postgres")) {
                assertThat(strings(service.get("cap_add")))
                        .isSubsetOf("CHOWN", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID");
            } else {
                assertThat(service).as(name).doesNotContainKey("cap_add");
            }
            assertThat(service.get("privileged")).as(name).isNotEqualTo(true);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"booking-service", "content-service", "notification-service", "gateway", "mailpit",
            "prometheus", "grafana"})
    void runsOnAReadOnlyRootFilesystemWithATmpfsForTmp(String name) {
        Map<String, Object> service = SERVICES.get(name);

        assertThat(service.get("read_only")).as(name).isEqualTo(true);
        assertThat(strings(service.get("tmpfs"))).as(name).anyMatch(mount -> mount.equals("/tmp")
                || mount.startsWith("/tmp:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"booking-service", "content-service", "notification-service", "gateway"})
    void theStopGracePeriodOutlastsSpringsGracefulShutdown(String name) throws IOException {
        Duration shutdown = springShutdownTimeout(name);
        Object grace = SERVICES.get(name).get("stop_grace_period");

        assertThat(grace).as(name + " stop_grace_period").isNotNull();
        // Strictly longer: after the last phase the JVM still closes Kafka, the pool and the log.
        assertThat(duration(grace.toString())).as(name).isGreaterThan(shutdown.plusSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"booking-service", "content-service", "notification-service", "gateway"})
    void theManagementPortIsNeverPublishedAndTheHealthcheckUsesThePublicProbe(String name) throws IOException {
        Map<String, Object> service = SERVICES.get(name);
        String managementPort = managementPort(name);

        assertThat(strings(service.get("ports"))).as(name + " ports")
                .noneMatch(mapping -> mapping.endsWith(":" + managementPort) || mapping.equals(managementPort));
        @SuppressWarnings("unchecked")
        Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
        assertThat(String.join(" ", strings(healthcheck.get("test")))).as(name + " healthcheck")
                .contains("/readyz").doesNotContain("actuator", ":" + managementPort);
    }

    /**
     * Only the gateway, Mailpit's inbox and Grafana (both on the host's loopback: one shows patients' mail, the other
     * the clinic's traffic) are published; nothing else, Prometheus included.
     */
    @Test
    void publishesOnlyTheGatewayTheLocalMailInboxAndTheLocalDashboard() {
        SERVICES.forEach((name, service) -> {
            List<String> ports = strings(service.get("ports"));
            switch (name) {
                case "gateway" -> assertThat(ports).singleElement().asString().endsWith(":8080");
                case "mailpit" -> assertThat(ports).singleElement().asString().startsWith("127.0.0.1:").endsWith(":8025");
                case "grafana" -> assertThat(ports).singleElement().asString().startsWith("127.0.0.1:").endsWith(":3000");
                default -> assertThat(ports).as(name).isEmpty();
            }
        });
    }

    @Test
    void theGatewayGetsTheSecureCookieSwitchAndTheTokenLifetime() {
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) SERVICES.get("gateway").get("environment");

        assertThat(environment).containsKeys("CLINIC_COOKIE_SECURE", "CLINIC_TOKEN_TTL");
        assertThat(String.valueOf(environment.get("CLINIC_COOKIE_SECURE"))).contains("${CLINIC_COOKIE_SECURE");
        assertThat(String.valueOf(environment.get("CLINIC_TOKEN_TTL"))).contains("${CLINIC_TOKEN_TTL");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Duration springShutdownTimeout(String module) throws IOException {
        Object configured = springSetting(module, "spring", "lifecycle", "timeout-per-shutdown-phase");
        return configured == null ? SPRING_DEFAULT_SHUTDOWN : duration(configured.toString());
    }

    /** The default of {@code management.server.port}'s placeholder: what the container listens on. */
    static String managementPort(String module) throws IOException {
        Object configured = springSetting(module, "management", "server", "port");
        assertThat(configured).as(module + " management.server.port").isNotNull();
        Matcher placeholder = PLACEHOLDER_DEFAULT.matcher(configured.toString());
        return placeholder.matches() ? placeholder.group(1) : configured.toString();
    }

    /** A setting of the module's application.yml, or of the platform file it imports (see PlatformSettingsTests). */
    private static Object springSetting(String module, String... keys) throws IOException {
        Object own = setting(PROJECT.resolve(module).resolve("src/main/resources/application.yml"), keys);
        if (own == null && PlatformSettingsTests.importsPlatform(module)) {
            return setting(PlatformSettingsTests.PLATFORM_FILE, keys);
        }
        return own;
    }

    @SuppressWarnings("unchecked")
    private static Object setting(Path file, String... keys) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Object node = new Yaml().load(reader);
            for (String key : keys) {
                if (!(node instanceof Map<?, ?> map)) {
                    return null;
                }
                node = ((Map<String, Object>) map).get(key);
            }
            return node;
        }
    }

    /** Compose's and Spring's simple forms: {@code 40s}, {@code 1m30s}, {@code 500ms}. */
    static Duration duration(String text) {
        Matcher part = DURATION_PART.matcher(text.trim());
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
            end = part.end();
        }
        assertThat(end).as("a duration: " + text).isEqualTo(text.trim().length()).isPositive();
        return total;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(value.toString());
    }
}
