package org.clinic.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.clinic.platform.metrics.DatabaseGaugeRefresher;
import org.clinic.platform.metrics.DatabaseGauges;
import org.clinic.platform.metrics.MetricsProperties;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The outbox gauges against a real PostgreSQL, read the way the service reads them, and with the database gone. */
class OutboxBacklogIT {

    private static final DriverManagerDataSource DATA_SOURCE = new DriverManagerDataSource(
            EmbeddedPostgresServer.shared().createFreshDatabase("outbox"), EmbeddedPostgresServer.USER, "");
    private static final MetricsProperties PROPERTIES = new MetricsProperties(Duration.ofSeconds(15),
            Duration.ofSeconds(5));

    private final JdbcClient jdbc = JdbcClient.create(DATA_SOURCE);
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final OutboxBacklog backlog = new OutboxBacklog();

    @BeforeEach
    void freshTable() {
        jdbc.sql("DROP TABLE IF EXISTS outbox_event").update();
        // As each service's migration creates it.
        jdbc.sql("""
                CREATE TABLE outbox_event (id bigserial PRIMARY KEY, event_id uuid NOT NULL UNIQUE, topic text NOT NULL,
                    record_key text NOT NULL, event_type text NOT NULL, payload text NOT NULL,
                    created_at timestamptz NOT NULL DEFAULT now())""").update();
        backlog.bindTo(registry);
    }

    @Test
    void countsTheWaitingEventsAndTheAgeOfTheOldest() {
        insert("now() - interval '90 seconds'");
        insert("now() - interval '10 seconds'");
        insert("now()");

        new DatabaseGaugeRefresher(List.of(backlog), DATA_SOURCE, PROPERTIES).refreshNow();

        assertThat(gauge(OutboxBacklog.BACKLOG)).isEqualTo(3);
        assertThat(gauge(OutboxBacklog.OLDEST_AGE)).isBetween(90.0, 120.0);
    }

    @Test
    void anEmptyOutboxHasNoBacklogAndNoAge() {
        new DatabaseGaugeRefresher(List.of(backlog), DATA_SOURCE, PROPERTIES).refreshNow();

        assertThat(gauge(OutboxBacklog.BACKLOG)).isZero();
        assertThat(gauge(OutboxBacklog.OLDEST_AGE)).isZero();
    }

    /** A scrape while the database is away shows gaps, not the last numbers; the refresh itself does not fail. */
    @Test
    void withoutADatabaseTheValuesAreUnknownAndTheRefreshCarriesOn() {
        insert("now()");
        new DatabaseGaugeRefresher(List.of(backlog), DATA_SOURCE, PROPERTIES).refreshNow();
        assertThat(gauge(OutboxBacklog.BACKLOG)).isEqualTo(1);
        var nowhere = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/outbox?connectTimeout=2",
                EmbeddedPostgresServer.USER, "");

        new DatabaseGaugeRefresher(List.of(backlog), nowhere, PROPERTIES).refreshNow();

        assertThat(gauge(OutboxBacklog.BACKLOG)).isNaN();
        assertThat(gauge(OutboxBacklog.OLDEST_AGE)).isNaN();
    }

    /** One broken set of gauges (a missing table, a bad query) leaves the others current. */
    @Test
    void aFailingSetOfGaugesDoesNotStopTheOthers() {
        insert("now()");
        DatabaseGauges broken = new DatabaseGauges() {
            @Override
            public void bindTo(MeterRegistry registry) {
            }

            @Override
            public void read(JdbcClient jdbc) {
                jdbc.sql("SELECT count(*) FROM no_such_table").query(Long.class).single();
            }

            @Override
            public void unknown() {
            }
        };

        new DatabaseGaugeRefresher(List.of(broken, backlog), DATA_SOURCE, PROPERTIES).refreshNow();

        assertThat(gauge(OutboxBacklog.BACKLOG)).isEqualTo(1);
    }

    private void insert(String createdAt) {
        jdbc.sql("INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload, created_at) "
                + "VALUES (gen_random_uuid(), 't', 'k', 'SomethingHappened', '{}', " + createdAt + ")").update();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
