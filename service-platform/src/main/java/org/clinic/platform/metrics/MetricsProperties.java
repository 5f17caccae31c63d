package org.clinic.platform.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshInterval how often the database gauges are read: Prometheus scrapes every 15 s in the observability
 *                        profile, so reading more often would only cost queries
 * @param queryTimeout    the longest one gauge query may run before its values read NaN
 */
@ConfigurationProperties("clinic.metrics")
public record MetricsProperties(@DefaultValue("15s") Duration refreshInterval, @DefaultValue("5s") Duration queryTimeout) {
}
