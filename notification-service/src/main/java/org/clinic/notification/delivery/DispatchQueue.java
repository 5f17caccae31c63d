package org.clinic.notification.delivery;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.clinic.notification.mail.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dispatcher's view of the delivery log: claim what is due, then record the attempt. */
@Repository
class DispatchQueue {

    private final JdbcClient jdbc;
    private final DeliveryLog deliveryLog;
    private final FinalStatuses finalStatuses;

    DispatchQueue(JdbcClient jdbc, DeliveryLog deliveryLog, FinalStatuses finalStatuses) {
        this.jdbc = jdbc;
        this.deliveryLog = deliveryLog;
        this.finalStatuses = finalStatuses;
    }

    /**
     * Locks the due messages, earliest first, for the current transaction. SKIP LOCKED lets every instance's dispatcher
     * work the queue at once without two of them ever holding (and sending) the same row.
     */
    List<PendingMessage> claimDue(int limit) {
        return jdbc.sql("""
                SELECT id, appointment_id, channel, recipient, subject, body_text, body_html, attachment_name,
                       attachment_type, attachment, attempts, trace_parent
                FROM notification
                WHERE status = 'PENDING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at
                LIMIT :limit
                FOR UPDATE SKIP LOCKED
                """)
                .param("now", deliveryLog.now()).param("limit", limit)
                .query((rs, n) -> {
                    String file = rs.getString("attachment");
                    Attachment attachment = file == null ? null
                            : new Attachment(rs.getString("attachment_name"), rs.getString("attachment_type"), file);
                    return new PendingMessage(rs.getObject("id", UUID.class),
                            rs.getObject("appointment_id", UUID.class), rs.getInt("attempts"),
                            new OutgoingMessage(Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                                    rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
                                    attachment), rs.getString("trace_parent"));
                })
                .list();
    }

    /** Records every message of a batch that went out or was given up on, in one statement, announced in order. */
    void finish(List<FinalStatuses.Change> outcomes, FinalStatuses.Announcing announcing) {
        finalStatuses.apply(outcomes, announcing);
    }

    void scheduleRetry(UUID id, int attempts, String error, Duration delay) {
        var now = deliveryLog.now();
        jdbc.sql("UPDATE notification SET attempts = :attempts, last_error = :error, next_attempt_at = :next, "
                        + "updated_at = :now WHERE id = :id")
                .param("id", id).param("attempts", attempts).param("error", error)
                .param("next", now.plus(delay)).param("now", now).update();
    }

    /**
     * @param message     as stored: a manage link in it is still withheld ({@link WithheldLink})
     * @param traceParent the trace the message was queued in (W3C traceparent), or null
     */
    record PendingMessage(UUID id, UUID appointmentId, int attempts, OutgoingMessage message, String traceParent) {
    }
}
