package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.clinic.notification.TestEvents;
import org.clinic.platform.metrics.DatabaseGaugeRefresher;
import org.clinic.testsupport.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * What notification-service tells Prometheus about messages, scraped from /actuator/prometheus on the management
 * port before and after each message (the counters keep counting across the tests that share this context).
 */
class DeliveryMetricsIT extends NotificationIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String MESSAGES = "clinic_messages_total";
    private static final String RETRYING = "clinic_messages_retrying";

    @LocalManagementPort
    int managementPort;

    @Autowired
    DatabaseGaugeRefresher gauges;

    @Test
    void aSentConfirmationAndASuppressedOneAreCountedByKindChannelAndOutcome() {
        TestEvents.Booking told = TestEvents.Booking.forPatient(uniqueEmail());
        TestEvents.Booking notTold = TestEvents.Booking.forPatient(uniqueEmail()).withoutNotification();
        var before = scrape();

        publish(told.key(), TestEvents.booked(told));
        publish(notTold.key(), TestEvents.booked(notTold));
        await().atMost(WITHIN).until(() -> statuses(told.appointmentId()).equals(List.of("SENT"))
                && statuses(notTold.appointmentId()).equals(List.of("SUPPRESSED")));

        // Counted after the commit, a moment after the status is visible.
        await().atMost(WITHIN).untilAsserted(() -> {
            var after = scrape();
            assertThat(increase(before, after, "confirmation", "email", "sent")).isEqualTo(1);
            assertThat(increase(before, after, "confirmation", "email", "suppressed")).isEqualTo(1);
            assertThat(increase(before, after, "confirmation", "email", "failed")).isZero();
        });
    }

    @Test
    void anSmsWaitingForItsSecondAttemptIsRetryingUntilItGoesOut() {
        String phone = "+4477009" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        TestAppointment appointment = appointment().contact(null, phone);
        gauges.refreshNow();
        var before = scrape();
        sms.failOnceFor(phone);

        publish(appointment.key(), appointment.booked());
        // The test clock stands still, so the retry waits until the test moves it.
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT attempts FROM notification WHERE appointment_id = :id")
                .param("id", appointment.id).query(Integer.class).optional().orElse(0) == 1);
        gauges.refreshNow();
        var waiting = scrape();
        clock.advance(Duration.ofMinutes(1));
        await().atMost(WITHIN).until(() -> statuses(appointment.id).equals(List.of("SENT")));
        gauges.refreshNow();
        var after = scrape();

        assertThat(waiting.value(RETRYING, "kind", "confirmation", "channel", "sms")
                - before.value(RETRYING, "kind", "confirmation", "channel", "sms")).isEqualTo(1);
        assertThat(after.value(RETRYING, "kind", "confirmation", "channel", "sms"))
                .isEqualTo(before.value(RETRYING, "kind", "confirmation", "channel", "sms"));
        await().atMost(WITHIN).untilAsserted(() ->
                assertThat(increase(before, scrape(), "confirmation", "sms", "sent")).isEqualTo(1));
        // Every kind and channel is there from the start, at zero or more: the dashboard never misses a series.
        assertThat(after.samples(RETRYING)).hasSize(NotificationKind.values().length * Channel.values().length);
    }

    @Test
    void theConsumerReportsItsLag() {
        assertThat(scrape().names()).contains("kafka_consumer_fetch_manager_records_lag_max",
                "spring_kafka_listener_seconds_count");
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of(managementPort);
    }

    private static double increase(PrometheusScrape before, PrometheusScrape after, String kind, String channel,
            String outcome) {
        String[] labels = {"kind", kind, "channel", channel, "outcome", outcome};
        return after.value(MESSAGES, labels) - before.value(MESSAGES, labels);
    }
}
