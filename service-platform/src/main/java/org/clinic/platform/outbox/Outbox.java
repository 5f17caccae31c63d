package org.clinic.platform.outbox;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event in the caller's transaction: it reaches Kafka if, and only if, the change commits.
 * Each service using it has the table (its own Flyway migration):
 * {@code outbox_event (id bigserial, event_id uuid unique, topic text, record_key text, event_type text,
 * payload text, created_at timestamptz)}; {@link OutboxRelay} publishes and deletes the rows.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param key the record key: the aggregate's id, so one aggregate's events stay in order on one partition */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, String key, UUID eventId, String eventType, Object event) {
        jdbc.sql("""
                        INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload)
                        VALUES (:eventId, :topic, :key, :eventType, :payload)""")
                .param("eventId", eventId)
                .param("topic", topic)
                .param("key", key)
                .param("eventType", eventType)
                .param("payload", json.writeValueAsString(event))
                .update();
    }
}
