package org.clinic.notification.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.platform.retention.RetentionJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each rule purges what is past its period and leaves the rest (defaults: 30 d, 90 d, 7 d, at the start, 30 d). */
class NotificationRetentionIT extends NotificationIntegrationTest {

    @Autowired
    RetentionJob retention;

    @Test
    void purgesWhatIsPastItsRetentionAndKeepsTheRest() {
        Instant now = clock.instant();
        UUID oldEvent = processedEvent(now.minus(Duration.ofDays(31)));
        UUID youngEvent = processedEvent(now.minus(Duration.ofDays(29)));
        UUID oldSent = message("SENT", now.minus(Duration.ofDays(91)));
        UUID oldPending = message("PENDING", now.minus(Duration.ofDays(91)));
        UUID youngSent = message("SENT", now.minus(Duration.ofDays(89)));
        UUID pastReminder = reminder(now.minus(Duration.ofDays(8)));
        UUID recentReminder = reminder(now.minus(Duration.ofDays(6)));
        UUID startedVisit = manageLink(now.minus(Duration.ofMinutes(5)));
        UUID comingVisit = manageLink(now.plus(Duration.ofDays(1)));
        long oldDeadLetter = deadLetter(now.minus(Duration.ofDays(31)));
        long youngDeadLetter = deadLetter(now.minus(Duration.ofDays(29)));

        Map<String, Integer> purged = retention.purge().orElseThrow();

        assertThat(purged).containsKeys("processed-events", "message-bodies", "reminder-snapshots", "manage-links",
                "dead-letters");
        assertThat(exists("processed_event", "event_id", oldEvent)).isFalse();
        assertThat(exists("processed_event", "event_id", youngEvent)).isTrue();
        assertThat(body(oldSent)).containsEntry("body_text", null).containsEntry("body_html", null)
                .containsEntry("attachment", null).containsEntry("recipient", null)
                .containsEntry("subject", "Booked").containsEntry("status", "SENT");
        assertThat(body(oldPending)).containsEntry("body_text", "text").containsEntry("recipient", "a@example.org");
        assertThat(body(youngSent)).containsEntry("body_text", "text").containsEntry("attachment", "BEGIN:VCALENDAR");
        assertThat(exists("reminder", "id", pastReminder)).isFalse();
        assertThat(exists("reminder", "id", recentReminder)).isTrue();
        assertThat(exists("manage_link", "appointment_id", startedVisit)).isFalse();
        assertThat(exists("manage_link", "appointment_id", comingVisit)).isTrue();
        assertThat(exists("dead_letter", "id", oldDeadLetter)).isFalse();
        assertThat(exists("dead_letter", "id", youngDeadLetter)).isTrue();
    }

    private long deadLetter(Instant firstSeenAt) {
        return jdbc.sql("""
                INSERT INTO dead_letter (topic, partition, "offset", record_key, record_value, reason, first_seen_at)
                VALUES ('t', 0, :offset, 'k', '{}', 'UnreadableRecordException: test', :at) RETURNING id""")
                .param("offset", System.nanoTime()).param("at", utc(firstSeenAt)).query(Long.class).single();
    }

    private UUID processedEvent(Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO processed_event (event_id, processed_at) VALUES (:id, :at)")
                .param("id", id).param("at", utc(at)).update();
        return id;
    }

    private UUID message(String status, Instant createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO notification (id, appointment_id, event_id, kind, channel, status, recipient, subject,
                                          body_text, body_html, attachment, attempts, next_attempt_at, created_at)
                VALUES (:id, :id, :id, 'CONFIRMATION', 'EMAIL', :status, 'a@example.org', 'Booked', 'text',
                        '<p>html</p>', 'BEGIN:VCALENDAR', 1, :next, :at)""")
                .param("id", id).param("status", status).param("at", utc(createdAt))
                // Far ahead: the dispatcher must not pick up this pending row while the test runs.
                .param("next", status.equals("PENDING") ? utc(createdAt.plus(Duration.ofDays(3650))) : null)
                .update();
        return id;
    }

    private UUID reminder(Instant start) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO reminder (id, appointment_id, lead_minutes, due_at, start_at, status, snapshot, event_id,
                                      version)
                VALUES (:id, :id, 1440, :due, :start, 'FIRED', '{}', :id, 1)""")
                .param("id", id).param("due", utc(start.minus(Duration.ofDays(1)))).param("start", utc(start))
                .update();
        return id;
    }

    private UUID manageLink(Instant start) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO manage_link (appointment_id, manage_path, sealed_token, start_at, updated_at)
                VALUES (:id, '/manage/R1', 'v1.sealed', :start, now())""")
                .param("id", id).param("start", utc(start)).update();
        return id;
    }

    private boolean exists(String table, String key, Object id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + key + " = :id").param("id", id)
                .query(Integer.class).single() == 1;
    }

    private Map<String, Object> body(UUID id) {
        return jdbc.sql("SELECT status, recipient, subject, body_text, body_html, attachment FROM notification "
                + "WHERE id = :id").param("id", id).query().singleRow();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
