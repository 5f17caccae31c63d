package org.clinic.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.clinic.testsupport.EmbeddedKafkaServer;
import org.clinic.testsupport.EmbeddedPostgresServer;

/**
 * The whole system on one machine without Docker: embedded PostgreSQL (data kept between runs), an in-process
 * Kafka broker, an SMTP catcher with a web inbox, and the four services as child processes of this JVM.
 * Used by the README's run command and by the system test.
 */
public final class LocalStack implements AutoCloseable {

    /** Where everything listens and keeps its files. */
    public record Settings(Path projectDirectory, Path dataDirectory, int gatewayPort, int bookingPort,
            int contentPort, int notificationPort, int postgresPort, int kafkaPort, int smtpPort, int inboxPort,
            ManagementPorts managementPorts, List<String> jvmOptions) {

        /** The documented fixed ports of the local run. */
        public static Settings defaults(Path projectDirectory, Path dataDirectory, List<String> jvmOptions) {
            return new Settings(projectDirectory, dataDirectory, 8080, 8081, 8082, 8083, 15432, 9092, 3025, 8025,
                    new ManagementPorts(9080, 9081, 9082, 9083), jvmOptions);
        }

        /** Free ports, for tests that must not collide with a local run. */
        public static Settings freePorts(Path projectDirectory, Path dataDirectory, List<String> jvmOptions) {
            var ports = PORTS_CHOSEN_IN_THIS_JVM;
            return new Settings(projectDirectory, dataDirectory, freePort(ports), freePort(ports), freePort(ports),
                    freePort(ports), freePort(ports), freePort(ports), freePort(ports), freePort(ports),
                    new ManagementPorts(freePort(ports), freePort(ports), freePort(ports), freePort(ports)), jvmOptions);
        }
    }

    /** Each service's actuator port (metrics and the rest): not the port pages and the API are served on. */
    public record ManagementPorts(int gateway, int booking, int content, int notification) {
    }

    private final Settings settings;
    private final int instances;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private DemoCredentials credentials;
    private KeyPair tokenKeys;
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaServer kafka;

    private LocalStack(Settings settings, int instances) {
        this.settings = settings;
        this.instances = instances;
    }

    public static LocalStack start(Settings settings) throws Exception {
        return start(settings, 1);
    }

    /**
     * With {@code instances} processes of every service, the gateway included: each gateway routes to all instances
     * of each service (scale-out tests). The first instance of each listens on the settings' ports, the others on
     * free ones; {@link #instancesOf} finds them.
     */
    public static LocalStack start(Settings settings, int instances) throws Exception {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1, not " + instances);
        }
        var stack = new LocalStack(settings, instances);
        try {
            stack.startAll();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Path data = settings.dataDirectory();
        Files.createDirectories(data);
        Map<String, Path> jars = ServiceJars.find(settings.projectDirectory());
        credentials = DemoCredentials.loadOrCreate(data.resolve("demo-credentials.properties"));
        String manageLinkKey = ManageLinkKey.loadOrCreate(data.resolve("manage-link.key"));

        var postgresStarting = CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.startPersistent(
                data.resolve("postgres"), settings.postgresPort()));
        var kafkaStarting = CompletableFuture.supplyAsync(() -> EmbeddedKafkaServer.start(settings.kafkaPort()));
        track(MailCatcher.start(settings.smtpPort(), settings.inboxPort()));
        postgres = track(postgresStarting.join());
        kafka = track(kafkaStarting.join());

        // A new signing key pair each run (staff simply sign in again after a restart): the gateway alone gets the
        // private key, the services only the public one, as in a real deployment.
        tokenKeys = newTokenSigningKeys();
        String publicKey = base64(tokenKeys.getPublic());
        Map<String, String> common = Map.of(
                "DB_USERNAME", EmbeddedPostgresServer.USER, "DB_PASSWORD", "",
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                // Links in emails and pages (canonical, share) start with the gateway's address.
                "PUBLIC_BASE_URL", gatewayUrl());

        ManagementPorts management = settings.managementPorts();
        String bookingUrls = launch("booking-service", jars, settings.bookingPort(), management.booking(),
                with(common, "DB_URL", postgres.ensureDatabase("booking"), "CLINIC_JWT_PUBLIC_KEY", publicKey,
                        "CLINIC_MANAGE_LINK_KEY", manageLinkKey));
        String contentUrls = launch("content-service", jars, settings.contentPort(), management.content(),
                with(common, "DB_URL", postgres.ensureDatabase("content"), "CLINIC_JWT_PUBLIC_KEY", publicKey));
        String notificationUrls = launch("notification-service", jars, settings.notificationPort(),
                management.notification(), with(common,
                "DB_URL", postgres.ensureDatabase("notification"), "CLINIC_JWT_PUBLIC_KEY", publicKey,
                "CLINIC_MANAGE_LINK_KEY", manageLinkKey,
                "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(settings.smtpPort())));
        launch("gateway", jars, settings.gatewayPort(), management.gateway(), with(common,
                // Comma-separated when there are several instances: each gateway balances over all of them.
                "BOOKING_URL", bookingUrls,
                "CONTENT_URL", contentUrls,
                "NOTIFICATION_URL", notificationUrls,
                "DB_URL", postgres.ensureDatabase("identity"),
                // Created on the first run only; afterwards the accounts (and any change an admin made) are kept.
                "CLINIC_STAFF_USERS", credentials.staffUsersSetting(),
                "CLINIC_JWT_PRIVATE_KEY", base64(tokenKeys.getPrivate())));
        for (ServiceProcess service : services) {
            // Twice the processes start in twice the CPU time.
            service.awaitReady(Duration.ofSeconds(180L * instances));
        }
    }

    /** Starts the service's instances (see {@link #start(Settings, int)}); their URLs, comma-separated. */
    private String launch(String name, Map<String, Path> jars, int port, int managementPort, Map<String, String> env)
            throws IOException {
        List<String> urls = new ArrayList<>();
        for (int instance = 1; instance <= instances; instance++) {
            var ports = instance == 1 ? new int[] {port, managementPort} : ExtraPorts.pair(settings);
            // Logs: booking-service.log, booking-service-2.log, ...
            var service = ServiceProcess.start(instance == 1 ? name : name + "-" + instance, jars.get(name),
                    ports[0], ports[1], env, settings.dataDirectory().resolve("logs"), settings.jvmOptions());
            services.add(service);
            urls.add(service.url());
        }
        return String.join(",", urls);
    }

    /** EC P-256 for ES256, the key pair deploy/jwt-keys.sh makes with openssl for a compose deployment. */
    private static KeyPair newTokenSigningKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** PKCS#8 for a private key, X.509 for a public one: the encodings the gateway and the services read. */
    private static String base64(Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private <T extends AutoCloseable> T track(T resource) {
        started.add(resource);
        return resource;
    }

    private static Map<String, String> with(Map<String, String> common, String... pairs) {
        Map<String, String> env = new HashMap<>(common);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    public String gatewayUrl() {
        return "http://localhost:" + settings.gatewayPort();
    }

    public String inboxUrl() {
        return "http://localhost:" + settings.inboxPort();
    }

    public Settings settings() {
        return settings;
    }

    public Map<String, String> staffPasswords() {
        return credentials.passwords();
    }

    /** A staff access token a service accepts without the gateway (see {@link DirectAccessTokens}). */
    public String directAccessToken(String username, List<String> roles, Duration lifetime) {
        return DirectAccessTokens.mint(tokenKeys, username, roles, lifetime);
    }

    /** A token signed with this run's gateway key, for tests of what the gateway and services refuse. */
    public String signedToken(String audience, String username, List<String> roles, java.time.Instant expiresAt) {
        return DirectAccessTokens.sign(tokenKeys, audience, username, roles, expiresAt);
    }

    List<ServiceProcess> services() {
        return services;
    }

    /** Every instance of a service ({@code "booking-service"}, {@code "gateway"}), the first one first. */
    public List<ServiceProcess> instancesOf(String service) {
        return services.stream()
                .filter(s -> s.name().equals(service) || s.name().matches(Pattern.quote(service) + "-\\d+"))
                .toList();
    }

    /** A running service by name (fault drills stop it, or read its log). */
    public ServiceProcess service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** Starts a service a drill stopped again, as it was, and waits until it is ready. */
    public ServiceProcess startAgain(String name) throws IOException, InterruptedException {
        ServiceProcess stopped = service(name);
        ServiceProcess started = stopped.startAgain();
        services.set(services.indexOf(stopped), started);
        started.awaitReady(Duration.ofSeconds(180));
        return started;
    }

    /** The PostgreSQL server every service's database is on (fault drills stop it or take a database away). */
    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /** The Kafka broker (fault drills restart it). */
    public EmbeddedKafkaServer kafka() {
        return kafka;
    }

    /** Stops the services first (they flush to Kafka and PostgreSQL), then the infrastructure. */
    @Override
    public void close() {
        services.parallelStream().forEach(ServiceProcess::close);
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e);
            }
        }
    }

    /**
     * A port that is free now, taken below Linux's ephemeral range (32768+): ports from {@code new ServerSocket(0)}
     * come from that range, where the services' own outgoing connections (Kafka, PostgreSQL) may grab one in the
     * seconds before the service meant to listen on it starts.
     */
    /**
     * Every port a stack of this JVM was given: two stacks starting at the same time (a fault drill runs beside the
     * others) could otherwise both find one port free before either listens on it.
     */
    private static final java.util.Set<Integer> PORTS_CHOSEN_IN_THIS_JVM =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    static int freePort(java.util.Set<Integer> alreadyChosen) {
        var random = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20000 + random.nextInt(12000);
            if (!alreadyChosen.add(port)) {
                continue;
            }
            try (var socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("No free port found between 20000 and 32000"));
    }

    /** Finds each service's executable jar in its module's target folder. */
    public static final class ServiceJars {

        static final List<String> SERVICES = List.of("booking-service", "content-service", "notification-service",
                "gateway");

        private ServiceJars() {
        }

        public static Map<String, Path> find(Path project) throws IOException {
            Map<String, Path> jars = new HashMap<>();
            for (String service : SERVICES) {
                Path target = project.resolve(service).resolve("target");
                if (Files.isDirectory(target)) {
                    try (DirectoryStream<Path> found = Files.newDirectoryStream(target, service + "-*-exec.jar")) {
                        found.forEach(jar -> jars.put(service, jar));
                    }
                }
                if (!jars.containsKey(service)) {
                    throw new IllegalStateException("No executable jar for " + service + " under " + target
                            + ". Build first: ./mvnw -q package -DskipTests");
                }
            }
            return jars;
        }
    }
}
