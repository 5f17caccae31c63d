package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.clinic.notification.DeliveryTopicReader;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

class RetryBudgetIT extends NotificationIntegrationTest {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    DispatchProperties dispatch;

    @Test
    void aMessageStillUndeliverableAfterItsRetryBudgetIsFailedVisiblyAndAnnounced() {
        TestAppointment appointment = appointment();
        greenMail.stop();
        try {
            publish(appointment.key(), appointment.booked());
            // Each poll moves the clock past the next back-off, so the whole budget is spent in moments.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                clock.advance(Duration.ofSeconds(2));
                return statuses(appointment.id).contains("FAILED");
            });
        } finally {
            greenMail.start();
        }

        Map<String, Object> row = jdbc.sql("SELECT status, attempts, last_error FROM notification WHERE appointment_id = :id")
                .param("id", appointment.id).query().singleRow();
        assertThat(row).containsEntry("status", "FAILED").containsEntry("attempts", dispatch.maxAttempts());
        assertThat((String) row.get("last_error")).contains("ConnectException");
        var failed = DeliveryTopicReader.awaitEvents(broker, appointment.id, seen -> !seen.isEmpty()).get(0);
        assertThat(failed.get("eventType").asString()).isEqualTo("NotificationFailed");
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(dispatch.maxAttempts());
        assertThat(mailTo(appointment.email())).isEmpty();
    }
}
