package org.clinic.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.clinic.localstack.LocalStack;
import sun.misc.Signal;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar benchmarks/target/clinic-benchmarks.jar [--option=value ...]}: starts the whole system on
 * embedded infrastructure with a fresh database, seeds it, measures, prints the tables and stops everything.
 */
public final class BenchmarkMain {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path project = projectDirectory();
        Path data = project.resolve("benchmarks/target/bench-data");
        Path jars = project.resolve("benchmarks/target/bench-jars");
        deleteRecursively(jars);
        ServiceJars.snapshot(project, jars);
        String header = header(options) + ServiceJars.describe(project, jars) + "\n";
        LocalStack stack = start(jars, data, options);
        var stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                stack.close();
            }
        };
        // Stop the child service processes before the JVM's own hooks run (embedded Kafka's deletes its folder).
        for (String signal : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(signal), s -> {
                Context.progress("Interrupted: stopping everything...");
                stop.run();
                System.exit(130);
            });
        }
        int exit = 0;
        try {
            // Read before any load: jcmd's own start must not compete with a measurement.
            var jvms = new Report();
            JvmFlags.describe(JvmFlags.read(), jvms);
            var db = new Database("jdbc:postgresql://localhost:" + stack.settings().postgresPort()
                    + "/booking", "postgres");
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newFixedThreadPool(4, daemon())).build();
            String report = new Benchmark(new Context(options, stack.gatewayUrl(),
                    "http://localhost:" + stack.settings().bookingPort(), stack.inboxUrl(), deskLogin(stack, http),
                    // Direct calls skip the gateway, which would turn the login into a minute's access token.
                    stack.directAccessToken("desk", List.of("FRONT_DESK"), Duration.ofHours(12)), db,
                    http, new CpuUsage(data.resolve("postgres")))).run();
            System.out.println();
            System.out.println(header + db.describe() + "; " + loadAverage("at the end") + "\n");
            System.out.println(jvms);
            System.out.println(report);
        } catch (Exception e) {
            e.printStackTrace();
            System.err.println("Service logs: " + data.resolve("logs"));
            exit = 1;
        } finally {
            Context.progress("Stopping...");
            try {
                stop.run();
            } catch (RuntimeException | Error e) {
                // Exit anyway: the broker's own threads would otherwise keep this JVM alive, unnoticed, using CPU.
                // (Seen when the jar was rebuilt under a running benchmark and classes could no longer be loaded.)
                System.err.println("Stopping failed: " + e);
                exit = 1;
            }
            System.exit(exit);
        }
    }

    /** Logs in at the gateway as the demo front desk, as a receptionist's browser does. @return the bearer token */
    private static String deskLogin(LocalStack stack, HttpClient http) throws Exception {
        String body = JSON.writeValueAsString(Map.of("username", "desk", "password",
                stack.staffPasswords().get("desk")));
        var response = http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Front-desk login failed: " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body()).get("token").asString();
    }

    /**
     * The load client books hundreds a second from one address: booking-service's limits per address would refuse
     * nearly all of it. Still measured: the bucket each booking takes from, in PostgreSQL.
     */
    private static List<String> withoutAbuseLimits(Options options) {
        return Stream.concat(options.serviceJvmOptions().stream(), Stream.of(
                "-Dclinic.booking.rate-limits.bookings-per-address=100000000/1h",
                "-Dclinic.booking.rate-limits.manage-per-address=100000000/1h")).toList();
    }

    /**
     * Free ports are chosen before they are bound, so on a busy machine another process can take one meanwhile:
     * then the start fails as a whole, and a second attempt with other ports and a clean folder usually succeeds.
     */
    private static LocalStack start(Path jars, Path data, Options options) throws Exception {
        for (int attempt = 1; ; attempt++) {
            deleteRecursively(data);
            Context.progress("Starting PostgreSQL, Kafka, the mail catcher and the four services (logs: %s)...",
                    data.resolve("logs"));
            try {
                return LocalStack.start(LocalStack.Settings.freePorts(jars, data, withoutAbuseLimits(options)));
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
                Context.progress("Could not start (%s); trying again.", e.getMessage());
                Path failed = data.resolveSibling("bench-data-failed-" + attempt);
                deleteRecursively(failed);
                Files.move(data.resolve("logs"), failed);
            }
        }
    }

    private static String header(Options options) {
        return "Benchmark run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors()
                + " CPUs, Java " + Runtime.version() + "; " + loadAverage("at the start")
                + "\nServices: java " + String.join(" ", options.serviceJvmOptions())
                + "; everything (PostgreSQL, Kafka, mail catcher, four services, this load client) on this machine.\n";
    }

    private static String loadAverage(String when) {
        try {
            return "load average " + when + " " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "http-client");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The folder with the root pom and the service modules: here or above. */
    static Path projectDirectory() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("booking-service"))) {
                return p;
            }
        }
        throw new IllegalStateException("Run this from the project folder (the one with pom.xml and booking-service/)");
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
