package org.clinic.notification.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.events.appointment.AppointmentEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code reminder} table: reminders owed before each appointment, and what was decided about each. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class Reminders {

    private final JdbcClient jdbc;
    private final Clock clock;

    Reminders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Drops the appointment's reminders that have not been decided yet. */
    void clear(UUID appointmentId) {
        jdbc.sql("DELETE FROM reminder WHERE appointment_id = :id AND status = 'SCHEDULED'")
                .param("id", appointmentId).update();
    }

    /**
     * Schedules a reminder per lead time, all in one statement, except one that was due before the change happened
     * (a booking made 3 hours ahead gets no "24 hours before" reminder) or the same reminder for the same start that
     * already went out.
     */
    void schedule(AppointmentEvent event, List<Duration> leads, String snapshot) {
        Instant start = event.appointment().start();
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (Duration lead : leads) {
            Instant due = start.minus(lead);
            if (!due.isAfter(event.occurredAt())) {
                continue;
            }
            int i = params.size() / 3;
            values.append(i == 0 ? "" : ", ").append("(CAST(:id").append(i).append(" AS uuid), CAST(:lead")
                    .append(i).append(" AS integer), CAST(:due").append(i).append(" AS timestamptz))");
            params.put("id" + i, UUID.randomUUID());
            params.put("lead" + i, (int) lead.toMinutes());
            params.put("due" + i, utc(due));
        }
        if (params.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO reminder (id, appointment_id, lead_minutes, due_at, start_at, status, snapshot, event_id,
                                      version)
                SELECT r.id, :appointmentId, r.lead, r.due, :start, 'SCHEDULED', :snapshot, :eventId, :version
                FROM (VALUES %s) AS r (id, lead, due)
                WHERE NOT EXISTS (SELECT 1 FROM reminder WHERE appointment_id = :appointmentId
                                  AND lead_minutes = r.lead AND start_at = :start AND status <> 'SCHEDULED')
                """.formatted(values))
                .params(params).param("appointmentId", event.appointmentId()).param("start", utc(start))
                .param("snapshot", snapshot).param("eventId", event.eventId()).param("version", event.version())
                .update();
    }

    /** Locks due reminders, earliest first; another instance's scheduler skips what this one holds. */
    List<DueReminder> claimDue(int limit) {
        return jdbc.sql("""
                SELECT id, appointment_id, lead_minutes, due_at, start_at, snapshot, event_id, version FROM reminder
                WHERE status = 'SCHEDULED' AND due_at <= :now
                ORDER BY due_at LIMIT :limit
                FOR UPDATE SKIP LOCKED
                """)
                .param("now", utc(clock.instant())).param("limit", limit)
                .query((rs, n) -> new DueReminder(rs.getObject("id", UUID.class),
                        rs.getObject("appointment_id", UUID.class), rs.getInt("lead_minutes"),
                        rs.getObject("due_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("start_at", OffsetDateTime.class).toInstant(), rs.getString("snapshot"),
                        rs.getObject("event_id", UUID.class), rs.getLong("version")))
                .list();
    }

    /** True when a later reminder for the same appointment is also already due: only that one need go out. */
    boolean laterOneAlsoDue(DueReminder reminder) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM reminder WHERE appointment_id = :appointmentId AND status = 'SCHEDULED'
                               AND due_at > :due AND due_at <= :now)
                """)
                .param("appointmentId", reminder.appointmentId()).param("due", utc(reminder.dueAt()))
                .param("now", utc(clock.instant())).query(Boolean.class).single();
    }

    void decide(UUID id, String status, String reason) {
        jdbc.sql("UPDATE reminder SET status = :status, reason = :reason, decided_at = :now WHERE id = :id")
                .param("id", id).param("status", status).param("reason", reason)
                .param("now", utc(clock.instant())).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    record DueReminder(UUID id, UUID appointmentId, int leadMinutes, Instant dueAt, Instant startAt, String snapshot,
            UUID eventId, long version) {
    }
}
