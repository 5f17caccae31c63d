package org.clinic.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** SMS through the Twilio adapter, against a local stub of its API: accepted, refused, and retried. */
@TestPropertySource(properties = "test.sms-provider=none")
@ExtendWith(OutputCaptureExtension.class)
class TwilioDeliveryIT extends NotificationIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final TwilioStub STUB = TwilioStub.start();

    @DynamicPropertySource
    static void twilio(DynamicPropertyRegistry registry) {
        registry.add("clinic.sms.twilio.base-url", STUB::baseUrl);
        registry.add("clinic.sms.twilio.account-sid", () -> TwilioStub.ACCOUNT_SID);
        registry.add("clinic.sms.twilio.auth-token", () -> TwilioStub.AUTH_TOKEN);
        registry.add("clinic.sms.twilio.from", () -> TwilioStub.FROM);
        registry.add("clinic.sms.twilio.read-timeout", () -> "1s");
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void anSmsTheProviderAcceptsIsSentWithAWorkingLinkThatIsNotStoredOrLogged(CapturedOutput output) {
        TestAppointment appointment = phoneOnly();

        publish(appointment.key(), appointment.booked());

        await().atMost(WITHIN).until(() -> "SENT".equals(row(appointment).get("status")));
        assertThat(STUB.requestsTo(appointment.phone())).singleElement().satisfies(request -> assertThat(
                request.form().get("Body")).contains(appointment.reference, appointment.manageLink("https://riverbend.example")));
        assertThat(row(appointment)).containsEntry("channel", "SMS").containsEntry("attempts", 1);
        assertThat((String) row(appointment).get("body_text")).doesNotContain(appointment.manageToken);
        assertThat(output.getAll()).doesNotContain(appointment.manageToken, appointment.phone());
    }

    @Test
    void anSmsTheProviderRefusesFailsAtOnceWithTheReason() {
        TestAppointment appointment = phoneOnly();
        STUB.answer(appointment.phone(), 400);

        publish(appointment.key(), appointment.booked());

        await().atMost(WITHIN).until(() -> "FAILED".equals(row(appointment).get("status")));
        assertThat(row(appointment)).containsEntry("attempts", 1).containsEntry("last_error",
                "SmsRejectedException: SMS provider refused the message: HTTP 400, provider error 21211");
    }

    @Test
    void anSmsIsRetriedAfterAServerErrorOrATimeoutAndThenSent(CapturedOutput output) {
        TestAppointment failing = phoneOnly();
        TestAppointment slow = phoneOnly();
        STUB.answer(failing.phone(), 500);
        STUB.holdAnswer(slow.phone()); // the read timeout of 1 s set above ends the wait

        publish(failing.key(), failing.booked());
        publish(slow.key(), slow.booked());

        await().atMost(WITHIN).until(() -> "SENT".equals(row(failing).get("status"))
                && "SENT".equals(row(slow).get("status")));
        assertThat(row(failing)).containsEntry("attempts", 2);
        assertThat(row(slow)).containsEntry("attempts", 2);
        assertThat(STUB.requestsTo(failing.phone())).hasSize(2);
        assertThat(output.getAll()).contains("will retry: SmsProviderUnavailableException")
                .doesNotContain(failing.phone(), failing.manageToken, slow.manageToken);
    }

    private TestAppointment phoneOnly() {
        String phone = "+4477009" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        return appointment().contact(null, phone);
    }

    private Map<String, Object> row(TestAppointment appointment) {
        return jdbc.sql("SELECT status, channel, attempts, last_error, body_text FROM notification "
                        + "WHERE appointment_id = :id")
                .param("id", appointment.id).query().listOfRows().stream().findFirst().orElse(Map.of());
    }
}
