package org.clinic.booking.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TestHttp;
import org.clinic.platform.retention.RetentionJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Processed delivery events and dead letters go after 30 days, the audit trail after two years; younger rows stay. */
class BookingRetentionIT extends BookingIntegrationTest {

    @Autowired
    RetentionJob retention;

    @Test
    void purgesProcessedEventsAndAuditRowsPastTheirRetentionAndKeepsYoungerOnes() {
        UUID oldEvent = processedEvent(Duration.ofDays(31));
        UUID youngEvent = processedEvent(Duration.ofDays(29));
        String appointment = bookOne();
        long young = audit(appointment, Duration.ofDays(729));
        long old = audit(appointment, Duration.ofDays(731));

        var purged = retention.purge().orElseThrow();

        assertThat(purged).containsEntry("processed-events", 1).containsEntry("audit-trail", 1);
        assertThat(jdbc.sql("SELECT event_id FROM delivery_event_processed WHERE event_id IN (:ids)")
                .param("ids", java.util.List.of(oldEvent, youngEvent)).query(UUID.class).list())
                .containsExactly(youngEvent);
        assertThat(jdbc.sql("SELECT id FROM appointment_audit WHERE id IN (:ids)")
                .param("ids", java.util.List.of(old, young)).query(Long.class).list()).containsExactly(young);
        // The booking's own audit row, written today, is untouched.
        assertThat(jdbc.sql("SELECT count(*) FROM appointment_audit WHERE appointment_id = CAST(:id AS uuid)")
                .param("id", appointment).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void deadLettersGoThirtyDaysAfterTheyArrived() {
        long old = deadLetter(Duration.ofDays(31));
        long young = deadLetter(Duration.ofDays(29));

        var purged = retention.purge().orElseThrow();

        assertThat(purged).containsEntry("dead-letters", 1);
        assertThat(jdbc.sql("SELECT id FROM dead_letter WHERE id IN (:ids)").param("ids", java.util.List.of(old, young))
                .query(Long.class).list()).containsExactly(young);
    }

    private long deadLetter(Duration age) {
        return jdbc.sql("""
                INSERT INTO dead_letter (topic, partition, "offset", record_key, record_value, reason, first_seen_at)
                VALUES ('t', 0, :offset, 'k', '{}', 'UnreadableRecordException: test', :at) RETURNING id""")
                .param("offset", System.nanoTime()).param("at", NOW.minus(age).atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
    }

    private UUID processedEvent(Duration age) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO delivery_event_processed (event_id, processed_at) VALUES (:id, :at)")
                .param("id", id).param("at", NOW.minus(age).atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    private long audit(String appointmentId, Duration age) {
        return jdbc.sql("""
                INSERT INTO appointment_audit (appointment_id, at, actor_type, actor, channel, action, after_state)
                VALUES (CAST(:id AS uuid), :at, 'STAFF', 'desk', 'DESK', 'NOTE', '{}') RETURNING id""")
                .param("id", appointmentId).param("at", NOW.minus(age).atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
    }

    private String bookOne() {
        TestHttp.Response booked = http.post("/api/booking/appointments", org.clinic.booking.appointment.TestBookings
                .online(ADJUSTMENT, LIN, "2026-12-01T13:30:00-05:00", "retention@example.org"));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json().get("id").asString();
    }
}
