package org.clinic.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.clinic.platform.metrics.DatabaseGaugeRefresher;
import org.clinic.testsupport.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

class DueRemindersIT extends NotificationIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @Autowired
    DatabaseGaugeRefresher gauges;

    /**
     * The service's scheduler fires a due reminder within its poll interval, so the gauge is read here with a clock
     * of its own, ahead of the service's: the reminder counts as due from its time on, and not a minute before.
     */
    @Test
    void aReminderCountsAsDueFromItsTimeUntilItIsSent() {
        Instant start = clock.instant().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.MINUTES);
        TestAppointment appointment = TestAppointment.online(uniqueEmail(), start, clock);
        publish(appointment.key(), appointment.booked());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM reminder "
                + "WHERE appointment_id = :id").param("id", appointment.id).query(Integer.class).single() == 2);
        Instant dayBefore = start.minus(Duration.ofHours(24));

        double justBefore = dueAt(dayBefore.minusSeconds(60));
        double justAfter = dueAt(dayBefore.plusSeconds(60));

        assertThat(justAfter - justBefore).isEqualTo(1);
    }

    @Test
    void theGaugeIsExportedOnTheManagementPort() {
        gauges.refreshNow();

        assertThat(PrometheusScrape.of(managementPort).value("clinic_reminders_due")).isNotNaN()
                .isGreaterThanOrEqualTo(0);
    }

    private double dueAt(Instant now) {
        var reading = new DueReminders(Clock.fixed(now, ZoneOffset.UTC));
        var registry = new SimpleMeterRegistry();
        reading.bindTo(registry);
        reading.read(jdbc);
        return registry.get(DueReminders.DUE).gauge().value();
    }
}
