package org.clinic.platform.metrics;

import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gauges whose values come from the service's database (a backlog, what is due). They are read on the platform's
 * metrics thread every {@code clinic.metrics.refresh-interval} ({@link DatabaseGaugeRefresher}), never while
 * Prometheus scrapes: a scrape costs no query, and an unreachable database cannot hold a scrape up.
 *
 * <p>An implementation is a bean: Boot binds its gauges to the registry ({@link MeterBinder}), each gauge reading a
 * value the implementation keeps; {@link #read} refreshes those values, {@link #unknown} makes them NaN.
 */
public interface DatabaseGauges extends MeterBinder {

    /** Queries the database for fresh values. The queries run with a short statement timeout. */
    void read(JdbcClient jdbc);

    /**
     * The database did not answer: every value reads NaN (a gap on the dashboard, not a stale number) until the
     * next read succeeds.
     */
    void unknown();
}
