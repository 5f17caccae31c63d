package org.clinic.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * A stuck partition as metrics: how many partitions are retrying a record now, and for how long the longest has.
 * Consumer lag says events are waiting; these say the consumer is not simply slow but failing on one record.
 */
class ConsumerRetryMetrics implements MeterBinder {

    private final ConsumerRetries retries;

    ConsumerRetryMetrics(ConsumerRetries retries) {
        this.retries = retries;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("clinic.consumer.retrying.partitions", retries, r -> r.retrying().size())
                .description("Partitions whose consumer is retrying a record that failed")
                .register(registry);
        Gauge.builder("clinic.consumer.retrying", retries, r -> r.longestRetrying().toMillis() / 1000.0)
                .baseUnit("seconds")
                .description("How long the longest-retrying partition has been at one record (0 when none)")
                .register(registry);
    }
}
