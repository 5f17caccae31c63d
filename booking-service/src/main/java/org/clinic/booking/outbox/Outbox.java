package org.clinic.booking.outbox;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Records an event in the caller's transaction: it reaches Kafka if, and only if, the change commits. */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, UUID aggregateId, UUID eventId, String eventType, Object event) {
        jdbc.sql("""
                        INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, payload)
                        VALUES (:eventId, :topic, :aggregateId, :eventType, :payload)""")
                .param("eventId", eventId)
                .param("topic", topic)
                .param("aggregateId", aggregateId)
                .param("eventType", eventType)
                .param("payload", json.writeValueAsString(event))
                .update();
    }
}
