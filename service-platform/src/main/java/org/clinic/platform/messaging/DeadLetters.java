package org.clinic.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinic.platform.retention.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The service's dead-letter store: table {@code dead_letter}, created by each consuming service's own migration.
 * One row per record (topic, partition, offset), so storing the same record again, as a retried recovery does,
 * changes nothing.
 */
public class DeadLetters {

    /** Headers the dead-letter topic adds or a failed deserializer leaves: not the record's own, never replayed. */
    private static final List<String> FOREIGN_HEADER_PREFIXES = List.of("kafka_dlt-", "springDeserializerException");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final List<DeadLetterHook> hooks;
    private final Clock clock;

    public DeadLetters(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, List<DeadLetterHook> hooks,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.hooks = List.copyOf(hooks);
        this.clock = clock;
    }

    /** The retention rule a consuming service declares: dead letters go this long after they were first seen. */
    public static RetentionRule retention(Duration keepFor) {
        return RetentionRule.deleteRowsOlderThan("dead-letters", keepFor, "dead_letter", "first_seen_at");
    }

    /**
     * Stores the record with the reason (and runs the hooks) in a transaction of its own.
     *
     * @return true when it was new, false when this record had been stored before
     */
    public boolean store(ConsumerRecord<?, ?> record, Throwable cause) {
        String reason = RecordFaults.reason(cause);
        Boolean stored = transactions.execute(tx -> {
            boolean inserted = jdbc.sql("""
                    INSERT INTO dead_letter (topic, partition, "offset", record_key, record_value, headers, reason,
                                             first_seen_at)
                    VALUES (:topic, :partition, :offset, :key, :value, CAST(:headers AS jsonb), :reason, :now)
                    ON CONFLICT (topic, partition, "offset") DO NOTHING
                    """)
                    .param("topic", record.topic()).param("partition", record.partition())
                    .param("offset", record.offset())
                    .param("key", record.key() == null ? null : record.key().toString())
                    .param("value", value(record, cause)).param("headers", headers(record))
                    .param("reason", reason).param("now", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                    .update() == 1;
            if (inserted) {
                hooks.forEach(hook -> hook.deadLettered(record, cause, reason));
            }
            return inserted;
        });
        return Boolean.TRUE.equals(stored);
    }

    /** The newest first; {@code includeReplayed} false lists only those still waiting for an operator. */
    public List<DeadLetter> list(boolean includeReplayed, int limit) {
        return jdbc.sql("SELECT * FROM dead_letter" + (includeReplayed ? "" : " WHERE replayed_at IS NULL")
                        + " ORDER BY first_seen_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(this::row).list();
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.sql("SELECT * FROM dead_letter WHERE id = :id").param("id", id).query(this::row).optional();
    }

    /** Locks the row for the caller's transaction, so two replays of one dead letter run one after the other. */
    Optional<DeadLetter> lock(long id) {
        return jdbc.sql("SELECT * FROM dead_letter WHERE id = :id FOR UPDATE").param("id", id).query(this::row)
                .optional();
    }

    void markReplayed(long id, String by) {
        jdbc.sql("UPDATE dead_letter SET replayed_at = :now, replayed_by = :by WHERE id = :id")
                .param("id", id).param("by", by).param("now", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update();
    }

    private static String value(ConsumerRecord<?, ?> record, Throwable cause) {
        if (record.value() != null) {
            return record.value() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : record.value().toString();
        }
        byte[] raw = RecordFaults.undeserializedValue(cause);
        return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
    }

    private String headers(ConsumerRecord<?, ?> record) {
        ArrayNode array = json.createArrayNode();
        for (var header : record.headers()) {
            if (FOREIGN_HEADER_PREFIXES.stream().noneMatch(header.key()::startsWith)) {
                array.addObject().put("name", header.key())
                        .put("value", header.value() == null ? null : Base64.getEncoder().encodeToString(header.value()));
            }
        }
        return json.writeValueAsString(array);
    }

    private DeadLetter row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime replayedAt = rs.getObject("replayed_at", OffsetDateTime.class);
        return new DeadLetter(rs.getLong("id"), rs.getString("topic"), rs.getInt("partition"), rs.getLong("offset"),
                rs.getString("record_key"), rs.getString("record_value"), headers(rs.getString("headers")),
                rs.getString("reason"), rs.getObject("first_seen_at", OffsetDateTime.class).toInstant(),
                replayedAt == null ? null : replayedAt.toInstant(), rs.getString("replayed_by"));
    }

    private List<DeadLetter.Header> headers(String stored) {
        List<DeadLetter.Header> headers = new ArrayList<>();
        for (JsonNode header : json.readTree(stored)) {
            JsonNode value = header.get("value");
            headers.add(new DeadLetter.Header(header.get("name").asString(),
                    value == null || value.isNull() ? null : Base64.getDecoder().decode(value.asString())));
        }
        return headers;
    }
}
