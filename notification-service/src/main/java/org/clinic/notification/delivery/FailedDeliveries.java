package org.clinic.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clinic.platform.web.ApiProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages that ended FAILED, and an admin's retry of one: back to PENDING with a fresh attempt budget, for the
 * dispatcher to send. The row is locked and must still be FAILED, so a double click, or a message that went out
 * after all, never makes a second send.
 */
@Repository
public class FailedDeliveries {

    private static final Logger log = LoggerFactory.getLogger(FailedDeliveries.class);
    // Rows from before V2 have no updated_at.
    private static final String COLUMNS = "id, appointment_id, kind, channel, attempts, last_error, "
            + "COALESCE(updated_at, created_at) AS failed_at, "
            + "recipient IS NOT NULL AND body_text IS NOT NULL AS resendable, retried_at, retried_by";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FailedDeliveries(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The most recently failed first. */
    @Transactional(readOnly = true)
    public List<FailedDelivery> list(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE status = 'FAILED' "
                        + "ORDER BY COALESCE(updated_at, created_at) DESC, id LIMIT :limit")
                .param("limit", limit).query(FailedDeliveries::row).list();
    }

    /**
     * Queues the message again.
     *
     * @throws NoSuchMessage   404
     * @throws NotFailed       409: it was sent (or is waiting, or was suppressed) meanwhile; nothing to retry
     * @throws NothingToResend 409: its text is gone
     */
    @Transactional
    public FailedDelivery retry(UUID id, String by) {
        Current current = jdbc.sql("""
                SELECT status, recipient IS NOT NULL AND body_text IS NOT NULL AS resendable
                FROM notification WHERE id = :id FOR UPDATE""")
                .param("id", id).query((rs, n) -> new Current(DeliveryStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("resendable")))
                .optional().orElseThrow(NoSuchMessage::new);
        if (current.status() != DeliveryStatus.FAILED) {
            throw new NotFailed(current.status());
        }
        if (!current.resendable()) {
            throw new NothingToResend();
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                UPDATE notification SET status = 'PENDING', attempts = 0, next_attempt_at = :now, retried_at = :now,
                       retried_by = :by, updated_at = :now
                WHERE id = :id""")
                .param("id", id).param("now", now).param("by", by).update();
        events.publishEvent(new DispatchRequested());
        log.info("Notification {} put back in the dispatch queue by {}", id, by);
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id").param("id", id)
                .query(FailedDeliveries::row).single();
    }

    private static FailedDelivery row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime retriedAt = rs.getObject("retried_at", OffsetDateTime.class);
        return new FailedDelivery(rs.getObject("id", UUID.class), rs.getObject("appointment_id", UUID.class),
                NotificationKind.valueOf(rs.getString("kind")), Channel.valueOf(rs.getString("channel")),
                rs.getInt("attempts"), rs.getString("last_error"),
                rs.getObject("failed_at", OffsetDateTime.class).toInstant(), rs.getBoolean("resendable"),
                retriedAt == null ? null : retriedAt.toInstant(), rs.getString("retried_by"));
    }

    private record Current(DeliveryStatus status, boolean resendable) {
    }

    /** 404. */
    public static class NoSuchMessage extends ApiProblemException {
        NoSuchMessage() {
            super(HttpStatus.NOT_FOUND, "Not found", "There is no such message.");
        }
    }

    /** 409: only a FAILED message is retried, so one that went out after all is never sent twice. */
    public static class NotFailed extends ApiProblemException {
        NotFailed(DeliveryStatus status) {
            super(HttpStatus.CONFLICT, "Not failed", "This message is " + status.name().toLowerCase(Locale.ROOT)
                    + ", not failed: there is nothing to retry.");
            with("status", status.name());
        }
    }

    /** 409: retention blanked its text, or it never had any (its event was dead-lettered: replay that instead). */
    public static class NothingToResend extends ApiProblemException {
        NothingToResend() {
            super(HttpStatus.CONFLICT, "Nothing to resend", "This message's text is not kept (it expired, or its "
                    + "event could not be read: replay that dead letter instead).");
        }
    }
}
