package org.clinic.notification.reminder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneOffset;
import org.clinic.platform.metrics.DatabaseGauges;
import org.clinic.platform.metrics.GaugeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminders whose time has come and that no scheduler has turned into a message yet ({@value #DUE}). The scheduler
 * runs every {@code clinic.reminders.poll-interval}, so this stays near zero; a number that keeps rising means
 * reminders are not going out (the scheduler failing, or no instance running).
 */
@Component
class DueReminders implements DatabaseGauges {

    static final String DUE = "clinic.reminders.due";

    private final Clock clock;
    private final GaugeValue due = new GaugeValue();

    DueReminders(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(DUE, due, GaugeValue::get)
                .description("Reminders due and not yet sent")
                .register(registry);
    }

    @Override
    public void read(JdbcClient jdbc) {
        // The same test as the scheduler's (and the same clock), through the partial index reminder_due.
        due.set(jdbc.sql("SELECT count(*) FROM reminder WHERE status = 'SCHEDULED' AND due_at <= :now")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(Long.class).single());
    }

    @Override
    public void unknown() {
        due.unknown();
    }
}
