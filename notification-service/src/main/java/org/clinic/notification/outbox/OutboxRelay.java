package org.clinic.notification.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows (idempotent producer, acks=all) and deletes them once acknowledged. One instance relays
 * at a time (a transaction-scoped advisory lock) and takes every visible row in id order, never a cursor, so a row
 * that committed late is picked up by the next poll rather than skipped. Kafka down: the send fails, the
 * transaction rolls back, rows stay. A crash between send and delete re-sends; consumers dedupe by eventId.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6e6f7469667963L; // "notifyc": distinct from any other lock in this DB

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transactions;
    private final OutboxProperties properties;

    OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions,
            OutboxProperties properties) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${clinic.outbox.poll-interval:500ms}")
    void relay() {
        try {
            Integer sent;
            do {
                sent = transactions.execute(status -> relayBatch());
            } while (sent != null && sent == properties.batchSize());
        } catch (RuntimeException e) {
            log.warn("Outbox relay could not publish; will retry: {}", e.toString());
        }
    }

    int relayBatch() {
        boolean leader = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                .param("lock", RELAY_LOCK).query(Boolean.class).single());
        if (!leader) {
            return 0;
        }
        List<Row> rows = jdbc.sql("SELECT id, topic, record_key, event_type, payload FROM outbox_event "
                        + "ORDER BY id LIMIT :limit")
                .param("limit", properties.batchSize())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("topic"), rs.getString("record_key"),
                        rs.getString("event_type"), rs.getString("payload")))
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> acks = new ArrayList<>();
        for (Row row : rows) {
            var record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add("eventType", row.eventType().getBytes(StandardCharsets.UTF_8));
            acks.add(kafka.send(record));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).orTimeout(15, TimeUnit.SECONDS).join();
        jdbc.sql("DELETE FROM outbox_event WHERE id IN (:ids)")
                .param("ids", rows.stream().map(Row::id).toList()).update();
        return rows.size();
    }

    private record Row(long id, String topic, String key, String eventType, String payload) {
    }
}
