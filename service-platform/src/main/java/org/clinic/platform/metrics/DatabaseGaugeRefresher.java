package org.clinic.platform.metrics;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads every {@link DatabaseGauges} of the service on one daemon thread of its own, so a slow or absent database
 * delays neither the scheduled jobs (outbox relay, reminders) nor a scrape. Each set of gauges is read on its own:
 * one failing query leaves the others' values current.
 */
public class DatabaseGaugeRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGaugeRefresher.class);

    private final List<DatabaseGauges> gauges;
    private final JdbcClient jdbc;
    private final MetricsProperties properties;
    private volatile ScheduledExecutorService executor;
    private volatile boolean failing;

    public DatabaseGaugeRefresher(List<DatabaseGauges> gauges, DataSource dataSource, MetricsProperties properties) {
        this.gauges = List.copyOf(gauges);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setQueryTimeout(Math.max(1, (int) properties.queryTimeout().toSeconds()));
        this.jdbc = JdbcClient.create(template);
        this.properties = properties;
    }

    /** Reads every gauge now, on the caller's thread (the scheduled reads call it too). */
    public void refreshNow() {
        boolean failed = false;
        for (DatabaseGauges set : gauges) {
            try {
                set.read(jdbc);
            } catch (RuntimeException e) {
                set.unknown();
                failed = true;
                if (!failing) {
                    // Once per outage, not every 15 s: the database's own health check tells the rest.
                    log.warn("Database gauges unavailable until the database answers again: {}", e.toString());
                }
            }
        }
        failing = failed;
    }

    private void scheduledRefresh() {
        try {
            refreshNow();
        } catch (RuntimeException e) {
            log.warn("Database gauge refresh failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        if (gauges.isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "metrics-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.refreshInterval().toMillis();
        executor.scheduleWithFixedDelay(this::scheduledRefresh, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
