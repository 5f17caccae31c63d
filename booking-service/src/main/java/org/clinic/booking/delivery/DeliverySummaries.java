package org.clinic.booking.delivery;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.events.notification.NotificationEvent;
import org.clinic.events.notification.NotificationFailed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The latest delivery outcome per appointment and kind, as reported on {@link org.clinic.events.Topics#DELIVERY_EVENTS}. */
@Repository
public class DeliverySummaries {

    private final JdbcClient jdbc;

    DeliverySummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One entry for every requested appointment (both values null where nothing was reported yet). "confirmation"
     * is the newer of the CONFIRMATION and RESCHEDULE outcomes: what the patient last heard about the time.
     */
    @Transactional(readOnly = true)
    public Map<UUID, DeliverySummary> summaries(Collection<UUID> appointmentIds) {
        Map<UUID, DeliverySummary> result = new HashMap<>();
        appointmentIds.forEach(id -> result.put(id, DeliverySummary.UNKNOWN));
        if (appointmentIds.isEmpty()) {
            return result;
        }
        List<Row> rows = jdbc.sql("""
                SELECT appointment_id, kind, status FROM appointment_delivery
                WHERE appointment_id IN (:ids) AND kind IN ('CONFIRMATION', 'RESCHEDULE', 'REMINDER')
                ORDER BY occurred_at
                """)
                .param("ids", List.copyOf(appointmentIds))
                .query((rs, n) -> new Row(rs.getObject("appointment_id", UUID.class), rs.getString("kind"),
                        rs.getString("status")))
                .list();
        for (Row row : rows) { // oldest first, so the newest outcome of each kind is written last
            DeliverySummary known = result.get(row.appointmentId());
            result.put(row.appointmentId(), "REMINDER".equals(row.kind())
                    ? new DeliverySummary(known.confirmation(), row.status())
                    : new DeliverySummary(row.status(), known.reminder()));
        }
        return result;
    }

    /**
     * Applies one event: ignored if seen before (by eventId) or older than the outcome already stored for its
     * appointment and kind, so redeliveries and replays change nothing.
     */
    @Transactional
    void apply(NotificationEvent event) {
        boolean first = jdbc.sql("INSERT INTO delivery_event_processed (event_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .param("id", event.eventId()).update() == 1;
        if (!first) {
            return;
        }
        jdbc.sql("""
                INSERT INTO appointment_delivery (appointment_id, kind, status, channel, notification_id, reason,
                                                  occurred_at)
                VALUES (:appointmentId, :kind, :status, :channel, :notificationId, :reason, :occurredAt)
                ON CONFLICT (appointment_id, kind) DO UPDATE
                    SET status = EXCLUDED.status, channel = EXCLUDED.channel,
                        notification_id = EXCLUDED.notification_id, reason = EXCLUDED.reason,
                        occurred_at = EXCLUDED.occurred_at
                    WHERE appointment_delivery.occurred_at <= EXCLUDED.occurred_at
                """)
                .param("appointmentId", event.appointmentId()).param("kind", event.kind())
                .param("status", event.status()).param("channel", event.channel())
                .param("notificationId", event.notificationId())
                .param("reason", event instanceof NotificationFailed failed ? failed.reason() : null)
                .param("occurredAt", event.occurredAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    private record Row(UUID appointmentId, String kind, String status) {
    }
}
