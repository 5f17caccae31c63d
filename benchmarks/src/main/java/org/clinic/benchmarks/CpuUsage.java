package org.clinic.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * CPU time each part of the system spent, read from the operating system per process: on a machine with two
 * cores, what a request costs in CPU across all parts bounds the rate the whole machine can sustain.
 */
final class CpuUsage {

    private static final String MACHINE = "machine";

    static final List<String> PARTS = List.of("gateway", "booking-service", "PostgreSQL", "notification-service",
            "content-service", "Kafka + mail", "load client");
    /**
     * This JVM's threads that belong to the load client, by the name the kernel keeps (15 characters): the main
     * thread, which the launcher names "java" and which schedules the requests, and the HTTP client's.
     */
    private static final Predicate<String> CLIENT_THREAD = name -> name.equals("java")
            || name.startsWith("http-client") || name.startsWith("HttpClient-");

    private static final List<String> QUIET_PARTS = List.of("gateway", "booking-service", "content-service",
            "PostgreSQL");

    private final String postgresDataDirectory;

    CpuUsage(Path postgresDataDirectory) {
        this.postgresDataDirectory = postgresDataDirectory.toString();
    }

    /** Total CPU nanoseconds so far, by part. */
    Map<String, Long> snapshot() {
        Map<String, Long> nanos = new LinkedHashMap<>();
        PARTS.forEach(part -> nanos.put(part, 0L));
        ProcessHandle.current().children().forEach(child -> service(child)
                .ifPresent(name -> nanos.merge(name, cpu(child), Long::sum)));
        // The postmaster keeps its command line (with the data folder); its children are the backends.
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> String.join(" ", args).contains(postgresDataDirectory))
                        .orElse(false))
                .findFirst()
                .ifPresent(postmaster -> {
                    long total = cpu(postmaster) + postmaster.descendants().mapToLong(CpuUsage::cpu).sum();
                    nanos.put("PostgreSQL", total);
                });
        // The embedded Kafka broker and mail catcher run inside this JVM, beside the load client: told apart by
        // thread. This JVM's own garbage collection and JIT compilation count with Kafka.
        long client = ThreadCpu.ofThisProcess(CLIENT_THREAD);
        nanos.put("Kafka + mail", Math.max(0, cpu(ProcessHandle.current()) - client));
        nanos.put("load client", client);
        nanos.put(MACHINE, machineBusyNanos());
        return nanos;
    }

    /**
     * Waits until the services and PostgreSQL together used less than {@code cores} of a core over a second, e.g.
     * after an overload, when they may still be working on requests the client gave up on. @return seconds waited
     */
    double awaitQuiet(double cores, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        Map<String, Long> before = snapshot();
        while (System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(1000);
            Map<String, Long> after = snapshot();
            long busy = 0;
            for (String part : QUIET_PARTS) {
                busy += after.get(part) - before.get(part);
            }
            if (busy < cores * 1e9) {
                break;
            }
            before = after;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    Meter meter() {
        return new Meter();
    }

    /** Adds up CPU time over one or more measured stretches. */
    final class Meter {

        private final Map<String, Long> spent = new LinkedHashMap<>();
        private Map<String, Long> startedAt;

        void start() {
            startedAt = snapshot();
        }

        void stop() {
            snapshot().forEach((part, nanos) -> spent.merge(part, nanos - startedAt.get(part), Long::sum));
        }

        /** Milliseconds of CPU per request, by part, plus "total". */
        Map<String, Double> perRequest(int requests) {
            Map<String, Double> millis = new LinkedHashMap<>();
            double total = 0;
            for (String part : PARTS) {
                double ms = spent.getOrDefault(part, 0L) / 1e6 / requests;
                millis.put(part, ms);
                total += ms;
            }
            millis.put("total", total);
            // Whatever else ran on the machine meanwhile (other builds, tests) competed for the same cores.
            millis.put("other processes", Math.max(0, spent.getOrDefault(MACHINE, 0L) / 1e6 / requests - total));
            return millis;
        }
    }

    /** The four services' processes by name, for reading what they run with. */
    static Map<String, ProcessHandle> services() {
        Map<String, ProcessHandle> services = new LinkedHashMap<>();
        ProcessHandle.current().children().forEach(child -> service(child)
                .ifPresent(name -> services.put(name, child)));
        return services;
    }

    private static Optional<String> service(ProcessHandle process) {
        String command = process.info().arguments().map(args -> String.join(" ", args)).orElse("");
        return PARTS.stream().filter(part -> command.contains("/" + part + "/target/")).findFirst();
    }

    /** Busy time of all cores together, from the first line of /proc/stat (in USER_HZ ticks, 100 a second). */
    private static long machineBusyNanos() {
        try {
            String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(ticks.length, 9); i++) {
                if (i != 4 && i != 5) { // idle and iowait
                    busy += Long.parseLong(ticks[i]);
                }
            }
            return busy * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
