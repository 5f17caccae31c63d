package org.clinic.platform.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long one kind of stored data is kept, and how to purge one batch of what is older. A service declares its
 * rules as beans; {@link RetentionJob} applies them all.
 *
 * @param name    for logs and results, e.g. {@code processed-events}
 * @param keepFor data older than now minus this is purged
 * @param purge   removes (or blanks) up to {@code limit} rows older than {@code cutoff}; returns how many
 */
public record RetentionRule(String name, Duration keepFor, Purge purge) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public RetentionRule {
        if (keepFor.isNegative()) {
            throw new IllegalArgumentException("Retention of " + name + " must not be negative: " + keepFor);
        }
    }

    /** One batch; runs in its own short transaction, so a long purge never holds many row locks for long. */
    @FunctionalInterface
    public interface Purge {
        int purgeBatch(JdbcClient jdbc, Instant cutoff, int limit);
    }

    /** Deletes rows whose {@code timeColumn} (a timestamptz, ideally indexed) is older than the cutoff. */
    public static RetentionRule deleteRowsOlderThan(String name, Duration keepFor, String table, String timeColumn) {
        // Names are formatted into SQL: only plain identifiers, which a rule's author writes, never user input.
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(timeColumn).matches()) {
            throw new IllegalArgumentException("Not a plain table or column name: " + table + "." + timeColumn);
        }
        // ctid addresses rows of any table, whatever its key; LIMIT keeps each batch (and its locks) small.
        String sql = """
                DELETE FROM %1$s WHERE ctid = ANY (ARRAY(
                    SELECT ctid FROM %1$s WHERE %2$s < :cutoff LIMIT :limit))""".formatted(table, timeColumn);
        return new RetentionRule(name, keepFor, (jdbc, cutoff, limit) -> jdbc.sql(sql)
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).param("limit", limit).update());
    }
}
