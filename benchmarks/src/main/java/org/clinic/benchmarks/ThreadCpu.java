package org.clinic.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * CPU time of some of this JVM's threads, from {@code /proc/self/task/<tid>/stat}: the embedded Kafka broker, the
 * mail catcher and the load client share this process, and only their threads tell them apart.
 */
final class ThreadCpu {

    /** The kernel counts in USER_HZ ticks, 100 a second on Linux. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ThreadCpu() {
    }

    /** @return user and system CPU of the live threads whose name {@code wanted} accepts; 0 where there is no /proc */
    static long ofThisProcess(Predicate<String> wanted) {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                ticks += ticks(task.resolve("stat"), wanted);
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks * NANOS_PER_TICK;
    }

    private static long ticks(Path stat, Predicate<String> wanted) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException threadEnded) {
            return 0;
        }
        // "tid (name) state ppid ...": the name may hold spaces and parentheses, so split after the last ')'.
        int close = line.lastIndexOf(')');
        if (!wanted.test(line.substring(line.indexOf('(') + 1, close))) {
            return 0;
        }
        String[] fields = line.substring(close + 2).split(" ");
        // Fields 14 and 15 of the line (utime, stime) are 11 and 12 after the name.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
