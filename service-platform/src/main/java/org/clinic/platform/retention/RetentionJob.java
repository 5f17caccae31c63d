package org.clinic.platform.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies every {@link RetentionRule} of the service, batch by batch, each batch in its own transaction.
 *
 * <p>Every instance schedules it; one purges at a time. The run holds a PostgreSQL session advisory lock on a
 * connection of its own for its whole length, so a second instance that starts meanwhile finds the lock taken and
 * skips its run instead of racing through the same rows. The lock dies with the connection if the instance does.
 */
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final long LOCK = 0x726574656e74L; // "retent"

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final List<RetentionRule> rules;
    private final RetentionProperties properties;
    private final Clock clock;

    public RetentionJob(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions,
            List<RetentionRule> rules, RetentionProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rules = List.copyOf(rules);
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${clinic.retention.interval:1h}",
            initialDelayString = "${clinic.retention.initial-delay:5m}")
    void scheduledRun() {
        if (!properties.enabled()) {
            return;
        }
        try {
            purge();
        } catch (RuntimeException e) {
            // Most likely the database is away; nothing is lost by waiting for the next run.
            log.warn("Retention run failed; the next run tries again: {}", e.toString());
        }
    }

    /**
     * Purges everything that is due now.
     *
     * @return rows purged per rule, in rule order; empty when another instance is purging right now
     */
    public Optional<Map<String, Integer>> purge() {
        try (Connection lockHolder = dataSource.getConnection()) {
            if (!advisoryLock(lockHolder, "SELECT pg_try_advisory_lock(?)")) {
                return Optional.empty();
            }
            try {
                return Optional.of(purgeAll());
            } finally {
                advisoryLock(lockHolder, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Retention lock could not be taken: " + e.getMessage(), e);
        }
    }

    private Map<String, Integer> purgeAll() {
        Instant now = clock.instant();
        Map<String, Integer> purged = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            Instant cutoff = now.minus(rule.keepFor());
            int total = 0;
            Integer batch;
            do {
                batch = transactions.execute(status -> rule.purge().purgeBatch(jdbc, cutoff, properties.batchSize()));
                total += batch == null ? 0 : batch;
            } while (batch != null && batch == properties.batchSize());
            purged.put(rule.name(), total);
            if (total > 0) {
                log.info("Retention: purged {} row(s) of {} older than {}", total, rule.name(), cutoff);
            }
        }
        return purged;
    }

    private static boolean advisoryLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
