package org.clinic.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinic.notification.mail.OutgoingEmail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification} table: what we owe each patient, and what became of it. */
@Repository
public class DeliveryLog {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DeliveryLog(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Queues an email for the dispatcher, due now. */
    public UUID queueEmail(UUID appointmentId, UUID eventId, NotificationKind kind, OutgoingEmail email) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO notification (id, appointment_id, event_id, kind, channel, status, recipient,
                                          subject, body_text, body_html, attempts, next_attempt_at, created_at)
                VALUES (:id, :appointmentId, :eventId, :kind, 'EMAIL', 'PENDING', :to, :subject, :text, :html,
                        0, now(), now())
                """)
                .param("id", id).param("appointmentId", appointmentId).param("eventId", eventId)
                .param("kind", kind.name()).param("to", email.to()).param("subject", email.subject())
                .param("text", email.text()).param("html", email.html())
                .update();
        events.publishEvent(new DispatchRequested());
        return id;
    }

    /** Records that a message was owed but deliberately not sent, and why. */
    public UUID suppress(UUID appointmentId, UUID eventId, NotificationKind kind, Channel channel, String recipient,
            String reason) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO notification (id, appointment_id, event_id, kind, channel, status, recipient,
                                          attempts, last_error, created_at)
                VALUES (:id, :appointmentId, :eventId, :kind, :channel, 'SUPPRESSED', :recipient, 0, :reason, now())
                """)
                .param("id", id).param("appointmentId", appointmentId).param("eventId", eventId)
                .param("kind", kind.name()).param("channel", channel.name()).param("recipient", recipient)
                .param("reason", reason)
                .update();
        return id;
    }

    List<DeliveryLogEntry> findByAppointment(UUID appointmentId) {
        return jdbc.sql("""
                SELECT id, kind, channel, status, attempts, last_error, sent_at
                FROM notification WHERE appointment_id = :appointmentId ORDER BY created_at, id
                """)
                .param("appointmentId", appointmentId)
                .query(DeliveryLog::entry)
                .list();
    }

    /**
     * Locks the next due email for the current transaction. SKIP LOCKED lets every instance's dispatcher
     * work the queue at once without two of them ever holding (and sending) the same row.
     */
    Optional<PendingEmail> claimNextDueEmail() {
        return jdbc.sql("""
                SELECT id, recipient, subject, body_text, body_html, attempts FROM notification
                WHERE status = 'PENDING' AND channel = 'EMAIL' AND next_attempt_at <= now()
                ORDER BY next_attempt_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
                .query((rs, n) -> new PendingEmail(rs.getObject("id", UUID.class), rs.getInt("attempts"),
                        new OutgoingEmail(rs.getString("recipient"), rs.getString("subject"),
                                rs.getString("body_text"), rs.getString("body_html"))))
                .optional();
    }

    void markSent(UUID id, int attempts) {
        jdbc.sql("UPDATE notification SET status = 'SENT', attempts = :attempts, sent_at = now(), "
                        + "next_attempt_at = NULL WHERE id = :id")
                .param("id", id).param("attempts", attempts).update();
    }

    void scheduleRetry(UUID id, int attempts, String error, Duration delay) {
        jdbc.sql("UPDATE notification SET attempts = :attempts, last_error = :error, "
                        + "next_attempt_at = now() + make_interval(secs => :seconds) WHERE id = :id")
                .param("id", id).param("attempts", attempts).param("error", error)
                .param("seconds", delay.toMillis() / 1000.0).update();
    }

    void markFailed(UUID id, int attempts, String error) {
        jdbc.sql("UPDATE notification SET status = 'FAILED', attempts = :attempts, last_error = :error, "
                        + "next_attempt_at = NULL WHERE id = :id")
                .param("id", id).param("attempts", attempts).param("error", error).update();
    }

    private static DeliveryLogEntry entry(ResultSet rs, int rowNum) throws SQLException {
        OffsetDateTime sentAt = rs.getObject("sent_at", OffsetDateTime.class);
        return new DeliveryLogEntry(rs.getObject("id", UUID.class),
                NotificationKind.valueOf(rs.getString("kind")), Channel.valueOf(rs.getString("channel")),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                sentAt == null ? null : sentAt.toInstant());
    }

    record PendingEmail(UUID id, int attempts, OutgoingEmail email) {
    }
}
