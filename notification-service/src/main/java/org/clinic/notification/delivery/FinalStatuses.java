package org.clinic.notification.delivery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves messages of the delivery log to a final status and announces each as a {@link DeliveryOutcome}, inside the
 * caller's transaction. A whole dispatch batch takes one statement: one round trip instead of one per message.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class FinalStatuses {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FinalStatuses(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies the changes (to distinct messages) and announces them in the order given, so the outcomes of one
     * appointment are published in the order they were decided.
     */
    void apply(List<Change> changes) {
        apply(changes, Announcing.DIRECTLY);
    }

    /** As {@link #apply(List)}, each announcement made through {@code announcing} (e.g. inside its message's span). */
    void apply(List<Change> changes, Announcing announcing) {
        if (changes.isEmpty()) {
            return;
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            values.append(i == 0 ? "" : ", ").append("(CAST(:id").append(i).append(" AS uuid), CAST(:status")
                    .append(i).append(" AS text), CAST(:attempts").append(i).append(" AS integer), CAST(:reason")
                    .append(i).append(" AS text))");
            params.put("id" + i, change.id());
            params.put("status" + i, change.status().name());
            params.put("attempts" + i, change.attempts());
            params.put("reason" + i, change.reason());
        }
        Map<UUID, DeliveryOutcome> outcomes = new HashMap<>();
        jdbc.sql("""
                UPDATE notification n SET status = f.status, attempts = COALESCE(f.attempts, n.attempts),
                       last_error = COALESCE(f.reason, n.last_error), next_attempt_at = NULL,
                       sent_at = CASE WHEN f.status = 'SENT' THEN :now ELSE n.sent_at END,
                       outcome_version = n.outcome_version + 1, updated_at = :now
                FROM (VALUES %s) AS f (id, status, attempts, reason)
                WHERE n.id = f.id
                RETURNING n.id, n.appointment_id, n.kind, n.channel, f.status, n.attempts, n.last_error,
                          n.outcome_version
                """.formatted(values))
                .params(params).param("now", now)
                .query((rs, n) -> new DeliveryOutcome(rs.getObject("id", UUID.class),
                        rs.getObject("appointment_id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
                        Channel.valueOf(rs.getString("channel")), DeliveryStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"), rs.getString("last_error"), rs.getLong("outcome_version"),
                        now.toInstant()))
                .list().forEach(outcome -> outcomes.put(outcome.notificationId(), outcome));
        if (outcomes.size() != changes.size()) {
            // As for a single message: a change to a message that is not there must not commit silently.
            throw new IncorrectResultSizeDataAccessException(changes.size(), outcomes.size());
        }
        changes.forEach(change -> announcing.around(change.id(), () -> events.publishEvent(outcomes.get(change.id()))));
    }

    /** Wraps the announcement of one message's outcome. */
    interface Announcing {

        Announcing DIRECTLY = (notificationId, announce) -> announce.run();

        void around(UUID notificationId, Runnable announce);
    }

    /**
     * @param attempts null keeps the stored count
     * @param reason   null keeps the last error (a message sent on its third attempt still shows why two failed)
     */
    record Change(UUID id, DeliveryStatus status, Integer attempts, String reason) {

        static Change sent(UUID id, int attempts) {
            return new Change(id, DeliveryStatus.SENT, attempts, null);
        }
    }
}
