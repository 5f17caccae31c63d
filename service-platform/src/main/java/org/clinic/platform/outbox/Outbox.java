package org.clinic.platform.outbox;

import java.util.UUID;
import org.clinic.platform.tracing.TraceParents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event in the caller's transaction: it reaches Kafka if, and only if, the change commits.
 * Each service using it has the table (its own Flyway migration):
 * {@code outbox_event (id bigserial, event_id uuid unique, topic text, record_key text, event_type text,
 * payload text, created_at timestamptz, trace_parent text)}; {@link OutboxRelay} publishes and deletes the rows.
 * {@code trace_parent} (nullable) is the W3C traceparent of the span that wrote the row: the relay sends it on, so
 * the consumers' work continues the trace of the request that caused the event.
 */
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TraceParents traces;

    Outbox(JdbcClient jdbc, JsonMapper json, TraceParents traces) {
        this.jdbc = jdbc;
        this.json = json;
        this.traces = traces;
    }

    /** @param key the record key: the aggregate's id, so one aggregate's events stay in order on one partition */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, String key, UUID eventId, String eventType, Object event) {
        jdbc.sql("""
                        INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload, trace_parent)
                        VALUES (:eventId, :topic, :key, :eventType, :payload, :traceParent)""")
                .param("eventId", eventId)
                .param("topic", topic)
                .param("key", key)
                .param("eventType", eventType)
                .param("payload", json.writeValueAsString(event))
                .param("traceParent", traces.current())
                .update();
        // Ties the request's trace id (in this line's correlation fields) to the event its consumers log.
        log.info("Queued {} {} for {} (key {})", eventType, eventId, topic, key);
    }
}
