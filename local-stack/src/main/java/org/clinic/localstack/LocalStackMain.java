package org.clinic.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * {@code java -jar local-stack/target/clinic-local.jar}: the whole clinic on this machine, demo data included.
 * Ctrl-C stops every process it started.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        long began = System.nanoTime();
        Path project = findProjectDirectory();
        Path data = Path.of(env("CLINIC_DATA_DIR", project.resolve(".local-data").toString())).toAbsolutePath();
        // Small heaps and quick JIT: four services should start fast and fit on a laptop; not tuned for load.
        List<String> jvm = Arrays.asList(env("CLINIC_SERVICE_JAVA_OPTS",
                "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k").trim().split("\\s+"));
        System.out.println("Starting the clinic (PostgreSQL, Kafka, mail catcher, four services)...");

        LocalStack stack = LocalStack.start(LocalStack.Settings.defaults(project, data, jvm));
        var stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                System.out.println("\nStopping...");
                stack.close();
                System.out.println("Stopped.");
            }
        };
        // Ctrl-C and kill stop everything here, in order, *before* the JVM's shutdown hooks run: the embedded
        // Kafka's own hook deletes its folder and would pull it from under a broker that is still running.
        // A second Ctrl-C while stopping is ignored rather than cutting the orderly stop short.
        for (String signal : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(signal), s -> {
                if (!stopping.get()) {
                    stop.run();
                    System.exit(0);
                }
            });
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "local-stack-shutdown"));

        long seconds = (System.nanoTime() - began) / 1_000_000_000;
        System.out.println(banner(stack, data, seconds));
        new CountDownLatch(1).await();
    }


    private static String banner(LocalStack stack, Path data, long seconds) {
        var passwords = stack.staffPasswords();
        String gateway = stack.gatewayUrl();
        var out = new StringBuilder();
        out.append("\nClinic booking is up (started in ").append(seconds).append(" s)\n\n");
        out.append("  Patient site             ").append(gateway).append("/  (articles; book at /book)\n");
        out.append("  Front desk               ").append(gateway).append("/desk  (sign in as desk below)\n");
        out.append("  Editor                   ").append(gateway).append("/editor  (sign in as editor below)\n");
        out.append("  Staff accounts           ").append(gateway).append("/admin/staff  (sign in as admin below)\n");
        out.append("  Gateway (the only entry) ").append(gateway).append("  (API: /api/content/articles, ")
                .append("/api/booking/slots)\n");
        out.append("  Mail inbox               ").append(stack.inboxUrl()).append("  (every email sent lands here;")
                .append(" any address @").append(RefusingSmtp.REFUSED_DOMAIN).append(" is refused)\n\n");
        out.append("  Demo staff logins (").append(gateway).append("/login):\n");
        passwords.forEach((user, password) -> out.append(String.format("    %-7s %-14s role %s%n", user, password,
                DemoCredentials.USERS.get(user))));
        out.append("\n  Data (kept between runs; delete to start fresh): ").append(data).append('\n');
        out.append("  Service logs: ").append(data.resolve("logs")).append('\n');
        out.append("\nPress Ctrl-C to stop everything.");
        return out.toString();
    }

    /** The folder holding the root pom and the service modules: here or above (e.g. when run from a module). */
    static Path findProjectDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("booking-service"))) {
                return p;
            }
        }
        throw new IllegalStateException("Run this from the project folder (the one with pom.xml and booking-service/)");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
