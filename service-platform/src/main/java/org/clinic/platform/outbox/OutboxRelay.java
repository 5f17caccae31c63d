package org.clinic.platform.outbox;

import io.micrometer.tracing.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.clinic.platform.tracing.TraceParents;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay of every service's transactional outbox (table {@code outbox_event}, see {@link Outbox}).
 * Publishes outbox rows to Kafka and deletes them once the broker has acknowledged them (acks=all, idempotent
 * producer).
 *
 * <p>Only one instance relays at a time (a transaction-scoped advisory lock), and it takes every visible row in id
 * order. That keeps each appointment's events in commit order: a later change to an appointment has to lock its row,
 * so its outbox id is drawn after the earlier change committed (the same holds for any aggregate whose changes
 * lock its row). It never moves a cursor forward, so a row whose id
 * was drawn early but committed late is simply picked up by the next poll instead of being skipped.
 *
 * <p>If Kafka is down the send fails, the transaction rolls back, the rows stay, and the next poll tries again;
 * the business changes keep succeeding meanwhile. A crash after sending but before deleting re-sends: consumers deduplicate
 * by {@code eventId}.
 *
 * <p>A row written inside a trace is published in a producer span of that trace, whose traceparent goes out as the
 * record's {@code traceparent} header: the consumer's span continues it, so one trace runs from the request that
 * caused the event through the relay (its delay shows) into every consumer.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transaction;
    private final OutboxProperties properties;
    private final TraceParents traces;

    /** A relay that sends each row's stored traceparent on as it is, in no span of its own. */
    public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
            OutboxProperties properties) {
        this(jdbc, kafka, transaction, properties, TraceParents.none());
    }

    public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
            OutboxProperties properties, TraceParents traces) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.transaction = transaction;
        this.properties = properties;
        this.traces = traces;
    }

    @Scheduled(fixedDelayString = "${clinic.outbox.poll-interval:200ms}")
    public void relay() {
        try {
            Integer sent;
            do {
                sent = transaction.execute(status -> relayBatch());
            } while (sent != null && sent == properties.batchSize());
        } catch (RuntimeException e) {
            log.warn("Outbox relay could not publish; will retry: {}", e.toString());
        }
    }

    /** @return how many events were published and removed */
    int relayBatch() {
        boolean leader = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                .param("lock", RELAY_LOCK).query(Boolean.class).single());
        if (!leader) {
            return 0;
        }
        List<Row> rows = jdbc.sql("""
                        SELECT id, topic, record_key, event_type, payload, trace_parent
                        FROM outbox_event ORDER BY id LIMIT :limit""")
                .param("limit", properties.batchSize())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("topic"),
                        rs.getString("record_key"), rs.getString("event_type"), rs.getString("payload"),
                        rs.getString("trace_parent")))
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> acks = new ArrayList<>();
        for (Row row : rows) {
            var record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add("eventType", row.eventType().getBytes(StandardCharsets.UTF_8));
            acks.add(row.traceParent() == null ? kafka.send(record) : sendTraced(record, row));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).orTimeout(15, TimeUnit.SECONDS).join();
        jdbc.sql("DELETE FROM outbox_event WHERE id IN (:ids)")
                .param("ids", rows.stream().map(Row::id).toList())
                .update();
        return rows.size();
    }

    private CompletableFuture<?> sendTraced(ProducerRecord<String, String> record, Row row) {
        Span span = traces.startChild(row.traceParent(), row.topic() + " publish", Span.Kind.PRODUCER)
                .tag("messaging.system", "kafka")
                .tag("messaging.destination.name", row.topic())
                .tag("messaging.operation.type", "send")
                .tag("clinic.event.type", row.eventType());
        String header = traces.of(span);
        // A no-op tracer has no span to offer: the consumer then continues the row's own trace.
        record.headers().add(TraceParents.HEADER,
                (header != null ? header : row.traceParent()).getBytes(StandardCharsets.UTF_8));
        try {
            return kafka.send(record).whenComplete((sent, failure) -> {
                if (failure != null) {
                    span.error(failure);
                }
                span.end();
            });
        } catch (RuntimeException e) {
            span.error(e).end();
            throw e;
        }
    }

    private record Row(long id, String topic, String key, String eventType, String payload, String traceParent) {
    }
}
