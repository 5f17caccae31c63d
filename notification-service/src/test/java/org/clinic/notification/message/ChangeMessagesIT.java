package org.clinic.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.clinic.notification.MailParts;
import org.clinic.notification.MailText;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.Test;

class ChangeMessagesIT extends NotificationIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(15);
    private static final DateTimeFormatter LONDON = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'at' h:mm a", Locale.ENGLISH).withZone(ZoneId.of("Europe/London"));

    @Test
    void aPatientsOwnRescheduleIsSentAtOnceWithTheNewTimeAndAnUpdatedCalendarEntry() throws Exception {
        TestAppointment appointment = appointment();
        Instant newStart = appointment.start().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        publish(appointment.key(), appointment.booked());
        await().atMost(WITHIN).until(() -> mailTo(appointment.email()).length == 1);

        publish(appointment.key(), appointment.rescheduled(newStart, "PATIENT"));

        await().atMost(WITHIN).until(() -> mailTo(appointment.email()).length == 2);
        MimeMessage moved = mailTo(appointment.email())[1];
        assertThat(moved.getSubject()).contains("has moved", appointment.reference);
        // The event carries no token, but the link stored from the booking still works: the message keeps it.
        assertThat(MailText.plain(moved)).contains(LONDON.format(newStart),
                appointment.manageLink("https://riverbend.example"));
        assertThat(MailParts.calendar(moved)).contains("SEQUENCE:2", "METHOD:PUBLISH", "UID:" + appointment.id + "@clinic");
        await().atMost(WITHIN).until(() -> kinds(appointment).equals(List.of("CONFIRMATION SENT", "RESCHEDULE SENT")));
    }

    @Test
    void aPatientsCancellationSendsACalendarCancelForTheSameEntry() throws Exception {
        TestAppointment appointment = appointment();
        publish(appointment.key(), appointment.booked());
        publish(appointment.key(), appointment.cancelled("PATIENT"));

        await().atMost(WITHIN).until(() -> mailTo(appointment.email()).length == 2);
        MimeMessage cancelled = mailTo(appointment.email())[1];
        assertThat(cancelled.getSubject()).contains("cancelled");
        assertThat(MailParts.calendar(cancelled)).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2",
                "UID:" + appointment.id + "@clinic");
    }

    @Test
    void aDeskBookingCancelledWithinTheWindowSendsNothingAndSaysWhy() {
        TestAppointment appointment = appointment().byPhone();

        publish(appointment.key(), appointment.booked());
        publish(appointment.key(), appointment.cancelled("STAFF"));

        await().atMost(WITHIN).until(() -> kinds(appointment).equals(List.of("CONFIRMATION SUPPRESSED")));
        assertThat(jdbc.sql("SELECT last_error FROM notification WHERE appointment_id = :id")
                .param("id", appointment.id).query(String.class).single()).isEqualTo(ChangeMessages.CANCELLED_BEFORE_SENT);
        // Nothing is left waiting, so nothing can go out once the window has passed.
        clock.advance(Duration.ofMinutes(3));
        assertThat(mailTo(appointment.email())).isEmpty();
        assertThat(sms.sentTo(appointment.phone())).isEmpty();
    }

    @Test
    void severalDeskEditsWithinTheWindowYieldOneConfirmationOfTheFinalTime() throws Exception {
        TestAppointment appointment = appointment().byPhone();
        Instant finalStart = appointment.start().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);

        publish(appointment.key(), appointment.booked());
        publish(appointment.key(), appointment.rescheduled(finalStart.minus(Duration.ofDays(1)), "STAFF"));
        publish(appointment.key(), appointment.rescheduled(finalStart, "STAFF"));
        await().atMost(WITHIN).until(() -> appliedVersion(appointment) == 3);
        assertThat(kinds(appointment)).containsExactly("CONFIRMATION PENDING");
        assertThat(mailTo(appointment.email())).isEmpty();

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));

        await().atMost(WITHIN).until(() -> kinds(appointment).equals(List.of("CONFIRMATION SENT")));
        assertThat(mailTo(appointment.email())).hasSize(1);
        MimeMessage mail = mailTo(appointment.email())[0];
        assertThat(mail.getSubject()).contains("is booked");
        assertThat(MailText.plain(mail)).contains(LONDON.format(finalStart));
        assertThat(MailParts.calendar(mail)).contains("SEQUENCE:3");
    }

    @Test
    void anOlderEventArrivingAfterANewerOneChangesNothing() {
        TestAppointment appointment = appointment();
        String booked = appointment.booked();
        String moved = appointment.rescheduled(appointment.start().plus(Duration.ofDays(1)), "PATIENT");

        publish(appointment.key(), moved);
        publish(appointment.key(), booked);
        publish(appointment.key(), appointment.statusChanged("ARRIVED"));

        await().atMost(WITHIN).until(() -> appliedVersion(appointment) == 3);
        await().atMost(WITHIN).until(() -> kinds(appointment).equals(List.of("RESCHEDULE SENT")));
        assertThat(mailTo(appointment.email())).hasSize(1);
    }

    private List<String> kinds(TestAppointment appointment) {
        return jdbc.sql("SELECT kind || ' ' || status FROM notification WHERE appointment_id = :id ORDER BY created_at")
                .param("id", appointment.id).query(String.class).list();
    }

    private long appliedVersion(TestAppointment appointment) {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM appointment_state WHERE appointment_id = :id")
                .param("id", appointment.id).query(Long.class).single();
    }
}
