package org.clinic.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.Test;

class ReminderIT extends NotificationIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @Test
    void reschedulingMovesTheRemindersToTheNewTime() {
        Instant oldStart = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        Instant newStart = oldStart.plus(Duration.ofDays(2));
        TestAppointment appointment = TestAppointment.online(uniqueEmail(), oldStart, clock);
        publish(appointment.key(), appointment.booked());
        await().atMost(WITHIN).until(() -> scheduled(appointment)
                .equals(List.of(oldStart.minus(Duration.ofHours(24)), oldStart.minus(Duration.ofHours(2)))));

        publish(appointment.key(), appointment.rescheduled(newStart, "PATIENT"));
        await().atMost(WITHIN).until(() -> scheduled(appointment)
                .equals(List.of(newStart.minus(Duration.ofHours(24)), newStart.minus(Duration.ofHours(2)))));

        clock.setTo(oldStart.minus(Duration.ofHours(24)).plusSeconds(60));
        assertThat(dueNow(appointment)).as("nothing is due at the old reminder time").isZero();
        clock.setTo(newStart.minus(Duration.ofHours(24)).plusSeconds(60));
        await().atMost(WITHIN).until(() -> reminderMails(appointment) == 1);
        assertThat(statuses(appointment)).containsExactly("FIRED", "SCHEDULED");
    }

    @Test
    void aChangeThatArrivesAfterAReminderWentOutDoesNotScheduleThatReminderAgain() {
        Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        TestAppointment appointment = TestAppointment.online(uniqueEmail(), start, clock);
        publish(appointment.key(), appointment.booked());
        await().atMost(WITHIN).until(() -> scheduled(appointment).size() == 2);
        clock.setTo(start.minus(Duration.ofHours(24)).plusSeconds(60));
        await().atMost(WITHIN).until(() -> reminderMails(appointment) == 1);

        // Made (same time, e.g. another room) before the 24 h reminder was due, but only delivered now.
        clock.setTo(start.minus(Duration.ofHours(25)));
        publish(appointment.key(), appointment.rescheduled(start, "PATIENT"));

        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM reminder WHERE appointment_id = :id "
                + "AND version = 2").param("id", appointment.id).query(Integer.class).single() > 0);
        assertThat(scheduled(appointment)).containsExactly(start.minus(Duration.ofHours(2)));
        assertThat(statuses(appointment)).containsExactly("FIRED", "SCHEDULED");
    }

    @Test
    void aReminderMissedWhileDownIsStillSentWhenTheAppointmentIsAheadButOnlyTheLatestOne() {
        Instant start = clock.instant().plus(Duration.ofHours(30));
        TestAppointment appointment = TestAppointment.online(uniqueEmail(), start, clock);
        publish(appointment.key(), appointment.booked());
        await().atMost(WITHIN).until(() -> scheduled(appointment).size() == 2);

        // Down from before the 24 h reminder until an hour before the visit: both reminders came due meanwhile.
        clock.setTo(start.minus(Duration.ofHours(1)));

        await().atMost(WITHIN).until(() -> reminderMails(appointment) == 1);
        assertThat(jdbc.sql("SELECT status || ' ' || coalesce(reason, '') FROM reminder WHERE appointment_id = :id "
                        + "ORDER BY due_at").param("id", appointment.id).query(String.class).list())
                .containsExactly("SUPPRESSED " + ReminderScheduler.SUPERSEDED, "FIRED ");
    }

    @Test
    void aReminderMissedWhileDownIsDroppedAndRecordedWhenTheAppointmentHasStarted() {
        Instant start = clock.instant().plus(Duration.ofHours(30));
        TestAppointment appointment = TestAppointment.online(uniqueEmail(), start, clock);
        publish(appointment.key(), appointment.booked());
        await().atMost(WITHIN).until(() -> scheduled(appointment).size() == 2);

        clock.setTo(start.plus(Duration.ofMinutes(10)));

        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM notification WHERE appointment_id = :id "
                + "AND kind = 'REMINDER' AND status = 'SUPPRESSED' AND last_error = :reason")
                .param("id", appointment.id).param("reason", ReminderScheduler.TOO_LATE)
                .query(Integer.class).single() == 2);
        assertThat(reminderMails(appointment)).isZero();
    }

    @Test
    void cancellationAndNoShowLeaveNoRemindersToFire() {
        TestAppointment cancelled = TestAppointment.online(uniqueEmail(), clock.instant().plus(Duration.ofDays(2)), clock);
        TestAppointment noShow = TestAppointment.online(uniqueEmail(), clock.instant().plus(Duration.ofHours(3)), clock);
        publish(cancelled.key(), cancelled.booked());
        publish(noShow.key(), noShow.booked());
        await().atMost(WITHIN).until(() -> scheduled(cancelled).size() == 2 && scheduled(noShow).size() == 1);

        publish(cancelled.key(), cancelled.cancelled("PATIENT"));
        publish(noShow.key(), noShow.statusChanged("NO_SHOW"));

        await().atMost(WITHIN).until(() -> scheduled(cancelled).isEmpty() && scheduled(noShow).isEmpty());
    }

    @Test
    void aReminderHeldUpBySmtpIsWithdrawnWhenTheAppointmentIsCancelled() {
        Instant start = clock.instant().plus(Duration.ofDays(2));
        TestAppointment appointment = TestAppointment.online(uniqueEmail(), start, clock);
        publish(appointment.key(), appointment.booked());
        await().atMost(WITHIN).until(() -> mailTo(appointment.email()).length == 1 && scheduled(appointment).size() == 2);
        greenMail.stop();
        try {
            clock.setTo(start.minus(Duration.ofHours(24)).plusSeconds(30));
            await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM notification WHERE appointment_id = :id "
                    + "AND kind = 'REMINDER' AND status = 'PENDING' AND attempts >= 1")
                    .param("id", appointment.id).query(Integer.class).single() == 1);

            publish(appointment.key(), appointment.cancelled("PATIENT"));
            await().atMost(WITHIN).until(() -> jdbc.sql("SELECT status FROM notification WHERE appointment_id = :id "
                    + "AND kind = 'REMINDER'").param("id", appointment.id).query(String.class).single()
                    .equals("SUPPRESSED"));
        } finally {
            greenMail.start();
        }
        // GreenMail may forget earlier mail across its restart; the cancellation is what must arrive now.
        await().atMost(WITHIN).until(() -> Arrays.stream(mailTo(appointment.email())).map(ReminderIT::subject)
                .anyMatch(s -> s.contains("cancelled")));
        assertThat(Arrays.stream(mailTo(appointment.email())).map(ReminderIT::subject))
                .noneMatch(s -> s.startsWith("Reminder"));
    }

    private List<Instant> scheduled(TestAppointment appointment) {
        return jdbc.sql("SELECT due_at FROM reminder WHERE appointment_id = :id AND status = 'SCHEDULED' ORDER BY due_at")
                .param("id", appointment.id).query(OffsetDateTime.class).list().stream()
                .map(OffsetDateTime::toInstant).toList();
    }

    private int dueNow(TestAppointment appointment) {
        return jdbc.sql("SELECT count(*) FROM reminder WHERE appointment_id = :id AND status = 'SCHEDULED' "
                        + "AND due_at <= :now").param("id", appointment.id)
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC)).query(Integer.class).single();
    }

    private List<String> statuses(TestAppointment appointment) {
        return jdbc.sql("SELECT status FROM reminder WHERE appointment_id = :id ORDER BY due_at")
                .param("id", appointment.id).query(String.class).list();
    }

    private long reminderMails(TestAppointment appointment) {
        return Arrays.stream(mailTo(appointment.email())).map(ReminderIT::subject)
                .filter(s -> s.startsWith("Reminder")).count();
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
