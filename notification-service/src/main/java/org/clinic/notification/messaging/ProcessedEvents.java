package org.clinic.notification.messaging;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The consumer side of exactly-once effects: events whose effect has been committed. */
@Repository
public class ProcessedEvents {

    private final JdbcClient jdbc;

    ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the event for the caller's transaction. Returns false when it was processed before; a concurrent
     * claim of the same id waits on the primary key until the other transaction ends, so only one can win.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(UUID eventId) {
        return jdbc.sql("INSERT INTO processed_event (event_id, processed_at) VALUES (:id, now()) ON CONFLICT DO NOTHING")
                .param("id", eventId)
                .update() == 1;
    }
}
