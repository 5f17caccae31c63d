package org.clinic.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service's JVM, started from its executable jar with its settings in the environment, logging to a file. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;
    private final ProcessBuilder command;

    private ServiceProcess(String name, int port, int managementPort, Process process, Path log,
            ProcessBuilder command) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
        this.command = command;
    }

    static ServiceProcess start(String name, Path jar, int port, int managementPort, Map<String, String> env,
            Path logDirectory, List<String> jvmOptions) throws IOException {
        return start(name, jar, port, managementPort, env, logDirectory, jvmOptions, true);
    }

    /**
     * With the given variables and its two ports only, nothing inherited from this JVM's environment: what a
     * container gets, so a setting the caller forgot is missing in the service too (system-tests' ComposeEnvironmentIT).
     */
    public static ServiceProcess startIsolated(String name, Path jar, int port, int managementPort,
            Map<String, String> env, Path logDirectory, List<String> jvmOptions) throws IOException {
        return start(name, jar, port, managementPort, env, logDirectory, jvmOptions, false);
    }

    private static ServiceProcess start(String name, Path jar, int port, int managementPort, Map<String, String> env,
            Path logDirectory, List<String> jvmOptions, boolean inheritEnvironment) throws IOException {
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (!inheritEnvironment) {
            builder.environment().clear();
        }
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("MANAGEMENT_PORT", String.valueOf(managementPort));
        return new ServiceProcess(name, port, managementPort, builder.start(), log, builder);
    }

    /**
     * The same service started again, with the same command, environment and ports, after it stopped (a fault drill
     * stopped it); its output is appended to the same log.
     */
    public ServiceProcess startAgain() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        command.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ServiceProcess(name, port, managementPort, command.start(), log, command);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once stopped: 143 after a SIGTERM the JVM handled (graceful stop), 137 after a kill. */
    public int exitValue() {
        return process.exitValue();
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Where its actuator answers (metrics, full health); the public port has only /livez and /readyz. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the service reports itself ready, or fails with a pointer to its log. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        // The readiness probe on the public port: ready means it serves there, not only on the management port.
        var probe = HttpRequest.newBuilder(URI.create(url() + "/readyz"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    /**
     * Asks for a graceful stop (SIGTERM), then insists after compose's {@code stop_grace_period} (40 s): Spring gives
     * each shutdown phase up to 20 s (requests in flight, then the Kafka listeners, then the message dispatcher), and
     * a kill while a service is still sending can make another instance send the same messages again.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
