package org.clinic.notification.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.clinic.notification.MailText;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.clinic.notification.TestEvents;
import org.clinic.notification.TestEvents.Booking;
import org.junit.jupiter.api.Test;

class ConfirmationFlowIT extends NotificationIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @Test
    void bookedEventSendsOneConfirmationWithReferenceAndClinicLocalTime() throws Exception {
        Booking booking = Booking.forPatient(uniqueEmail());

        publish(booking.key(), TestEvents.booked(booking));

        await().atMost(WITHIN).until(() -> mailTo(booking.email()).length == 1);
        MimeMessage mail = mailTo(booking.email())[0];
        assertThat(mail.getSubject()).contains(booking.reference());
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Riverbend Physio");
        assertThat(MailText.plain(mail)).contains(booking.reference(), "Tuesday 9 June 2026 at 9:30 AM",
                "Sam Okafor", "Initial assessment, 45 minutes", "+44 20 7946 0321",
                "https://riverbend.example/manage/" + booking.reference() + "#token=k7Qx2mP9vR4tW8zY");
        assertThat(MailText.html(mail)).contains(booking.reference(), "9:30 AM", "<a href=");
        await().atMost(WITHIN).until(() -> statuses(booking.appointmentId()).equals(List.of("SENT")));
    }

    @Test
    void redeliveredEventSendsNothingTwice() {
        Booking booking = Booking.forPatient(uniqueEmail());
        Booking later = Booking.forPatient(uniqueEmail());

        publish(booking.key(), TestEvents.booked(booking));
        publish(booking.key(), TestEvents.booked(booking));
        // One partition keeps order: once the later booking's mail is out, both copies above have been handled.
        publish(later.key(), TestEvents.booked(later));

        await().atMost(WITHIN).until(() -> mailTo(later.email()).length == 1);
        await().atMost(WITHIN).until(() -> statuses(booking.appointmentId()).contains("SENT"));
        assertThat(statuses(booking.appointmentId())).containsExactly("SENT");
        assertThat(mailTo(booking.email())).hasSize(1);
    }

    @Test
    void frontDeskChoosingNotToNotifySuppressesTheEmail() {
        Booking booking = Booking.forPatient(uniqueEmail()).withoutNotification();

        publish(booking.key(), TestEvents.booked(booking));

        await().atMost(WITHIN).until(() -> statuses(booking.appointmentId()).equals(List.of("SUPPRESSED")));
        assertThat(mailTo(booking.email())).isEmpty();
    }

    @Test
    void phoneBookingWithoutEmailGetsAnSmsInstead() {
        Booking booking = Booking.forPatient(null);

        publish(booking.key(), TestEvents.booked(booking));

        await().atMost(WITHIN).until(() -> statuses(booking.appointmentId()).equals(List.of("SENT")));
        assertThat(sms.sentTo("+44 7700 900123")).anySatisfy(text -> assertThat(text.text())
                .contains(booking.reference(), "Tue 9 Jun, 9:30 AM (Europe/London)", "+44 20 7946 0321"));
        assertThat(jdbc.sql("SELECT channel FROM notification WHERE appointment_id = :id")
                .param("id", booking.appointmentId()).query(String.class).single()).isEqualTo("SMS");
    }

    @Test
    void patientWithNeitherEmailNorPhoneIsRecordedAsSuppressedWithTheReason() {
        TestAppointment appointment = appointment().contact(null, null);

        publish(appointment.key(), appointment.booked());

        await().atMost(WITHIN).until(() -> !statuses(appointment.id).isEmpty());
        Map<String, Object> row = jdbc.sql("SELECT status, last_error, attempts FROM notification WHERE appointment_id = :id")
                .param("id", appointment.id).query().singleRow();
        assertThat(row).containsEntry("status", "SUPPRESSED")
                .containsEntry("last_error", "no email address or phone number").containsEntry("attempts", 0);
    }

    @Test
    void emailIsDeliveredOnceWhenSmtpComesBack() {
        Booking booking = Booking.forPatient(uniqueEmail());
        greenMail.stop();
        try {
            publish(booking.key(), TestEvents.booked(booking));

            await().atMost(WITHIN).until(() -> jdbc.sql(
                    "SELECT count(*) FROM notification WHERE appointment_id = :id AND status = 'PENDING' "
                            + "AND attempts >= 1 AND last_error IS NOT NULL")
                    .param("id", booking.appointmentId()).query(Integer.class).single() == 1);
        } finally {
            greenMail.start();
        }

        await().atMost(WITHIN).until(() -> statuses(booking.appointmentId()).equals(List.of("SENT")));
        assertThat(mailTo(booking.email())).hasSize(1);
    }
}
