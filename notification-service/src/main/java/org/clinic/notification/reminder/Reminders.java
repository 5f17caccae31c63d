package org.clinic.notification.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
     * Schedules a reminder unless it was due before the change happened (a booking made 3 hours ahead gets no
     * "24 hours before" reminder) or the same reminder for the same start already went out.
     */
    void schedule(AppointmentEvent event, Duration lead, String snapshot) {
        Instant start = event.appointment().start();
        Instant due = start.minus(lead);
        if (!due.isAfter(event.occurredAt())) {
            return;
        }
        jdbc.sql("""
                INSERT INTO reminder (id, appointment_id, lead_minutes, due_at, start_at, status, snapshot, event_id,
                                      version)
                SELECT :id, :appointmentId, :lead, :due, :start, 'SCHEDULED', :snapshot, :eventId, :version
                WHERE NOT EXISTS (SELECT 1 FROM reminder WHERE appointment_id = :appointmentId
                                  AND lead_minutes = :lead AND start_at = :start AND status <> 'SCHEDULED')
                """)
                .param("id", UUID.randomUUID()).param("appointmentId", event.appointmentId())
                .param("lead", (int) lead.toMinutes()).param("due", utc(due)).param("start", utc(start))
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
