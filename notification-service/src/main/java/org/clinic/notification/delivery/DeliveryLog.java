package org.clinic.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinic.platform.tracing.TraceParents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code notification} table: what we owe each patient, and what became of it. Every final status is
 * announced as a {@link DeliveryOutcome} inside the transaction that writes it.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class DeliveryLog {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final FinalStatuses finalStatuses;
    private final Clock clock;
    private final TraceParents traces;

    DeliveryLog(JdbcClient jdbc, ApplicationEventPublisher events, FinalStatuses finalStatuses, Clock clock,
            TraceParents traces) {
        this.jdbc = jdbc;
        this.events = events;
        this.finalStatuses = finalStatuses;
        this.clock = clock;
        this.traces = traces;
    }

    /**
     * Queues a message for the dispatcher, to go out at {@code dueAt} (now, or when a staff edit's window closes).
     * It keeps the current trace, which its sending continues.
     */
    public UUID queue(UUID appointmentId, UUID eventId, NotificationKind kind, OutgoingMessage message, Instant dueAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO notification (id, appointment_id, event_id, kind, channel, status, recipient, subject,
                        body_text, body_html, attachment_name, attachment_type, attachment, attempts, next_attempt_at,
                        created_at, updated_at, trace_parent)
                VALUES (:id, :appointmentId, :eventId, :kind, :channel, 'PENDING', :to, :subject, :text, :html,
                        :fileName, :fileType, :file, 0, :due, :now, :now, :traceParent)
                """)
                .param("id", id).param("appointmentId", appointmentId).param("eventId", eventId)
                .param("kind", kind.name()).params(MessageColumns.of(message))
                .param("due", utc(dueAt)).param("now", now()).param("traceParent", traces.current())
                .update();
        events.publishEvent(new DispatchRequested());
        return id;
    }

    /** Records that a message was owed but deliberately not sent, and why. */
    public UUID suppress(UUID appointmentId, UUID eventId, NotificationKind kind, Channel channel, String recipient,
            String reason) {
        return recordFinal(appointmentId, eventId, kind, channel, recipient, DeliveryStatus.SUPPRESSED, reason);
    }

    /** Records that a message was owed but its cause could not even be processed (the event was dead-lettered). */
    public UUID failUnprocessable(UUID appointmentId, UUID eventId, NotificationKind kind, String reason) {
        return recordFinal(appointmentId, eventId, kind, Channel.EMAIL, null, DeliveryStatus.FAILED, reason);
    }

    private UUID recordFinal(UUID appointmentId, UUID eventId, NotificationKind kind, Channel channel,
            String recipient, DeliveryStatus status, String reason) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO notification (id, appointment_id, event_id, kind, channel, status, recipient,
                                          attempts, created_at, updated_at)
                VALUES (:id, :appointmentId, :eventId, :kind, :channel, :status, :recipient, 0, :now, :now)
                """)
                .param("id", id).param("appointmentId", appointmentId).param("eventId", eventId)
                .param("kind", kind.name()).param("channel", channel.name()).param("recipient", recipient)
                .param("status", status.name()).param("now", now())
                .update();
        finish(id, status, 0, reason);
        return id;
    }

    /**
     * Locks the appointment's message of one of the given kinds that has not gone out yet, if any. Waits for a
     * dispatcher that is sending it right now; once that commits the row is no longer PENDING and is not returned.
     */
    public Optional<Undelivered> lockUndelivered(UUID appointmentId, List<NotificationKind> kinds) {
        return jdbc.sql("""
                SELECT id, kind FROM notification
                WHERE appointment_id = :appointmentId AND status = 'PENDING' AND kind IN (:kinds)
                ORDER BY created_at DESC LIMIT 1
                FOR UPDATE
                """)
                .param("appointmentId", appointmentId).param("kinds", kinds.stream().map(Enum::name).toList())
                .query((rs, n) -> new Undelivered(rs.getObject("id", UUID.class),
                        NotificationKind.valueOf(rs.getString("kind"))))
                .optional();
    }

    /** Replaces a locked, undelivered message with what the latest change calls for, sent in that change's trace. */
    public void rewrite(UUID id, UUID eventId, NotificationKind kind, OutgoingMessage message, Instant dueAt) {
        jdbc.sql("""
                UPDATE notification SET event_id = :eventId, kind = :kind, channel = :channel, recipient = :to,
                       subject = :subject, body_text = :text, body_html = :html, attachment_name = :fileName,
                       attachment_type = :fileType, attachment = :file, next_attempt_at = :due, updated_at = :now,
                       trace_parent = :traceParent
                WHERE id = :id AND status = 'PENDING'
                """)
                .param("id", id).param("eventId", eventId).param("kind", kind.name())
                .params(MessageColumns.of(message)).param("due", utc(dueAt)).param("now", now())
                .param("traceParent", traces.current())
                .update();
        events.publishEvent(new DispatchRequested());
    }

    /** Suppresses a locked, undelivered message (e.g. the appointment was cancelled before it went out). */
    public void suppressUndelivered(UUID id, String reason) {
        finish(id, DeliveryStatus.SUPPRESSED, null, reason);
    }

    /** Suppresses every message of a kind still waiting for an appointment; returns how many. */
    public int suppressPending(UUID appointmentId, NotificationKind kind, String reason) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM notification WHERE appointment_id = :appointmentId AND kind = :kind
                AND status = 'PENDING' FOR UPDATE
                """)
                .param("appointmentId", appointmentId).param("kind", kind.name()).query(UUID.class).list();
        finalStatuses.apply(ids.stream()
                .map(id -> new FinalStatuses.Change(id, DeliveryStatus.SUPPRESSED, null, reason)).toList());
        return ids.size();
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
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
     * Moves a message to a final status and announces it. {@code attempts} null keeps the stored count;
     * {@code reason} null keeps the last error (a message sent on its third attempt still shows why two failed).
     */
    void finish(UUID id, DeliveryStatus status, Integer attempts, String reason) {
        finalStatuses.apply(List.of(new FinalStatuses.Change(id, status, attempts, reason)));
    }

    OffsetDateTime now() {
        return utc(clock.instant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static DeliveryLogEntry entry(ResultSet rs, int rowNum) throws SQLException {
        OffsetDateTime sentAt = rs.getObject("sent_at", OffsetDateTime.class);
        return new DeliveryLogEntry(rs.getObject("id", UUID.class),
                NotificationKind.valueOf(rs.getString("kind")), Channel.valueOf(rs.getString("channel")),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                sentAt == null ? null : sentAt.toInstant());
    }

    /** A message that has not gone out yet, locked by the caller's transaction. */
    public record Undelivered(UUID id, NotificationKind kind) {
    }
}
