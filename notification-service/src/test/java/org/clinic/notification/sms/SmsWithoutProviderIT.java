package org.clinic.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/** Without an SMS provider, an SMS nobody could receive is recorded as such, never as sent, and never logged. */
@TestPropertySource(properties = "test.sms-provider=none")
@ExtendWith(OutputCaptureExtension.class)
class SmsWithoutProviderIT extends NotificationIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Test
    void aPatientWithOnlyAPhoneIsRecordedAsNotToldAndNothingIsLogged(CapturedOutput output) {
        String phone = "+4477009" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        TestAppointment appointment = appointment().contact(null, phone);

        publish(appointment.key(), appointment.booked());

        await().atMost(WITHIN).until(() -> !statuses(appointment.id).isEmpty());
        Map<String, Object> row = jdbc.sql("SELECT status, channel, last_error, attempts FROM notification "
                + "WHERE appointment_id = :id").param("id", appointment.id).query().singleRow();
        assertThat(row).containsEntry("status", "SUPPRESSED").containsEntry("channel", "SMS")
                .containsEntry("last_error", SmsSender.NO_PROVIDER).containsEntry("attempts", 0);
        assertThat(output.getAll()).doesNotContain(appointment.manageToken, phone, appointment.reference + " booked");
    }

    @Test
    void aPatientWhoPrefersSmsButHasAnEmailAddressIsEmailedInstead() {
        TestAppointment appointment = appointment();
        jdbc.sql("INSERT INTO patient_channel_preference (patient_id, channel) VALUES (:id, 'SMS')")
                .param("id", appointment.patientId).update();

        publish(appointment.key(), appointment.booked());

        await().atMost(WITHIN).until(() -> statuses(appointment.id).equals(List.of("SENT")));
        assertThat(mailTo(appointment.email())).hasSize(1);
        assertThat(jdbc.sql("SELECT channel FROM notification WHERE appointment_id = :id")
                .param("id", appointment.id).query(String.class).single()).isEqualTo("EMAIL");
    }
}
