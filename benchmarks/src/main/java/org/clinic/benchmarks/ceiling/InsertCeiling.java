package org.clinic.benchmarks.ceiling;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinic.benchmarks.load.Latencies;

/**
 * What PostgreSQL itself can do, as pgbench would measure it but from Java so it runs wherever the build runs:
 * several connections each inserting one appointment row per transaction (autocommit), into the same table,
 * with the same indexes and exclusion constraint the service writes through, and the server's settings as the
 * service gets them. A booking, which also reads and writes other rows, can never be faster.
 *
 * <p>Each thread writes consecutive quarter hours far in the future (from the year 2100 on), on its own
 * practitioner and time span, so no row conflicts with another or with real appointments.
 */
public final class InsertCeiling {

    public record Result(int threads, long rows, double seconds, Latencies latencies) {

        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private static final String INSERT = """
            INSERT INTO appointment (id, reference, practitioner_id, appointment_type_id, patient_id, start_at,
                end_at, occupied, status, channel, manage_token_hash, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, tstzrange(?, ?, '[)'), 'BOOKED', 'ONLINE', ?, 1)""";
    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private InsertCeiling() {
    }

    /**
     * @param run          distinguishes runs in one database (0..9): their rows use other references and years
     * @param practitioners at least one; thread i writes for practitioner i modulo their number
     */
    public static Result run(String jdbcUrl, String user, int run, int threads, double seconds,
            List<UUID> practitioners, UUID typeId, UUID patientId) throws Exception {
        if (threads > 36 || run > 9) {
            throw new IllegalArgumentException("at most 36 threads and 10 runs");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> insertUntil(jdbcUrl, user, deadline,
                        "Y0" + run + DIGITS.charAt(thread), 2100 + run * 400 + thread * 10,
                        practitioners.get(thread % practitioners.size()), typeId, patientId)));
            }
            long began = System.nanoTime();
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
            double elapsed = Math.max(seconds, (System.nanoTime() - began) / 1e9);
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
            return new Result(threads, latencies.length, elapsed, Latencies.of(latencies));
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] insertUntil(String jdbcUrl, String user, long deadline, String referencePrefix,
            int firstYear, UUID practitioner, UUID typeId, UUID patientId) throws SQLException {
        var random = new SecureRandom();
        long[] latencies = new long[1 << 16];
        int count = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "")) {
            c.setAutoCommit(true);
            var base = OffsetDateTime.of(firstYear, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                while (System.nanoTime() < deadline) {
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    OffsetDateTime start = base.plusMinutes(15L * count);
                    OffsetDateTime end = start.plusMinutes(15);
                    byte[] tokenHash = new byte[32];
                    random.nextBytes(tokenHash);
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, referencePrefix + base36(count));
                    insert.setObject(3, practitioner);
                    insert.setObject(4, typeId);
                    insert.setObject(5, patientId);
                    insert.setObject(6, start);
                    insert.setObject(7, end);
                    insert.setObject(8, start);
                    insert.setObject(9, end);
                    insert.setBytes(10, tokenHash);
                    long began = System.nanoTime();
                    insert.executeUpdate();
                    latencies[count++] = System.nanoTime() - began;
                }
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    /** Four base-36 digits: 1.6 million rows per thread and run. */
    private static String base36(int n) {
        char[] digits = new char[4];
        for (int i = 3; i >= 0; i--) {
            digits[i] = DIGITS.charAt(n % 36);
            n /= 36;
        }
        return new String(digits);
    }
}
