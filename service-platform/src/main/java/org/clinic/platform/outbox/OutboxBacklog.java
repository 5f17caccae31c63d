package org.clinic.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.clinic.platform.metrics.DatabaseGauges;
import org.clinic.platform.metrics.GaugeValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far the relay is behind: events written but not yet on Kafka, and how long the oldest has waited. Both near
 * zero while Kafka is up; growing means the relay cannot publish (Kafka down, or no instance holds the relay lock).
 * Every instance of a service reports the same table, so a dashboard takes their max.
 */
class OutboxBacklog implements DatabaseGauges {

    static final String BACKLOG = "clinic.outbox.backlog";
    static final String OLDEST_AGE = "clinic.outbox.oldest.age";

    private final GaugeValue backlog = new GaugeValue();
    private final GaugeValue oldestAge = new GaugeValue();

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(BACKLOG, backlog, GaugeValue::get)
                .description("Outbox events not yet published to Kafka")
                .register(registry);
        Gauge.builder(OLDEST_AGE, oldestAge, GaugeValue::get)
                .description("How long the oldest unpublished outbox event has waited (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    @Override
    public void read(JdbcClient jdbc) {
        // The oldest by id, found through the primary key (ids are drawn in nearly the order rows are written);
        // its age by the database's clock, which also wrote created_at.
        var row = jdbc.sql("""
                        SELECT count(*) AS waiting,
                               COALESCE(EXTRACT(EPOCH FROM now() - (SELECT created_at FROM outbox_event
                                                                    ORDER BY id LIMIT 1)), 0) AS oldest_age
                        FROM outbox_event""")
                .query((rs, n) -> new Row(rs.getLong("waiting"), rs.getDouble("oldest_age")))
                .single();
        backlog.set(row.waiting());
        oldestAge.set(Math.max(0, row.oldestAgeSeconds()));
    }

    @Override
    public void unknown() {
        backlog.unknown();
        oldestAge.unknown();
    }

    private record Row(long waiting, double oldestAgeSeconds) {
    }
}
