package org.clinic.notification.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU spent between two snapshots: the whole test JVM (the service, but also the embedded broker and GreenMail),
 * the service's own threads, and the PostgreSQL backends serving this database (the service's connection pool).
 * On a machine that is CPU-bound under load, CPU per message is what latency ends up paying for.
 */
final class CpuUsage {

    /** The listener, the dispatcher, the schedulers (outbox relay, reminders) and the Kafka client threads. */
    private static final Pattern SERVICE_THREAD = Pattern.compile(
            "notification-appointment-events.*|message-dispatch|scheduling-.*|kafka-producer-network-thread.*"
                    + "|kafka-coordinator-heartbeat-thread.*");
    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    private final long process;
    private final Map<String, Long> threads;
    private final Map<Integer, Long> backends;

    private CpuUsage(long process, Map<String, Long> threads, Map<Integer, Long> backends) {
        this.process = process;
        this.threads = threads;
        this.backends = backends;
    }

    static CpuUsage now(JdbcClient jdbc) {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> threads = new HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            ThreadInfo info = mx.getThreadInfo(id);
            long cpu = mx.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                threads.merge(info.getThreadName() + "#" + id, cpu, Long::sum);
            }
        }
        List<Integer> pids = jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                .query(Integer.class).list();
        Map<Integer, Long> backends = new HashMap<>();
        pids.forEach(pid -> backends.put(pid, backendCpu(pid)));
        return new CpuUsage(os.getProcessCpuTime(), threads, backends);
    }

    /** One line: microseconds of CPU per message since {@code before}, and the busiest threads. */
    String perMessageSince(CpuUsage before, int messages) {
        Map<String, Long> threadDelta = new HashMap<>();
        threads.forEach((name, cpu) -> threadDelta.put(name, cpu - before.threads.getOrDefault(name, 0L)));
        long service = threadDelta.entrySet().stream()
                .filter(e -> SERVICE_THREAD.matcher(e.getKey().substring(0, e.getKey().lastIndexOf('#'))).matches())
                .mapToLong(Map.Entry::getValue).sum();
        long database = backends.entrySet().stream()
                .mapToLong(e -> e.getValue() - before.backends.getOrDefault(e.getKey(), 0L)).sum();
        String busiest = threadDelta.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(6).map(e -> e.getKey() + " " + micros(e.getValue(), messages))
                .collect(Collectors.joining(", "));
        return String.format("CPU per message: JVM %d µs (service threads %d µs), PostgreSQL backends %d µs; "
                        + "busiest threads (µs/message): %s", micros(process - before.process, messages),
                micros(service, messages), micros(database, messages), busiest);
    }

    private static long micros(long nanos, int messages) {
        return nanos / 1_000 / messages;
    }

    /** utime + stime of a local PostgreSQL backend; 0 if it is not readable (e.g. not on this machine). */
    private static long backendCpu(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command name: state is field 3 of the file, utime 14 and stime 15.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
