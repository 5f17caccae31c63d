package org.clinic.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The back-off between attempts at a record that failed for a reason that may pass (database or broker away, a
 * timeout, anything not known to be permanent). There is no limit on attempts: such a record is retried until it
 * succeeds, and the partition waits behind it, so no event is dead-lettered because an outage lasted long.
 *
 * @param initialInterval the wait after the first failure
 * @param multiplier      each further wait is this much longer ...
 * @param maxInterval     ... up to this; also how long a recovered dependency may wait to be noticed. Keep it well
 *                        under the consumer's {@code max.poll.interval.ms} (5 min): the wait blocks the consumer
 */
@ConfigurationProperties("clinic.consumer.retry")
public record ConsumerRetryProperties(
        @DefaultValue("500ms") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("30s") Duration maxInterval) {

    public ConsumerRetryProperties {
        if (initialInterval.isNegative() || initialInterval.isZero() || maxInterval.compareTo(initialInterval) < 0) {
            throw new IllegalArgumentException(
                    "clinic.consumer.retry: initial-interval must be positive and max-interval at least as long");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("clinic.consumer.retry.multiplier must be at least 1");
        }
        if (maxInterval.compareTo(Duration.ofMinutes(2)) > 0) {
            // The back-off sleeps on the consumer thread between polls; past max.poll.interval.ms the group evicts it.
            throw new IllegalArgumentException("clinic.consumer.retry.max-interval must not exceed 2m");
        }
    }

    /** The n-th wait (1-based): initial × multiplier^(n-1), capped. */
    long intervalMillis(int n) {
        double millis = initialInterval.toMillis() * Math.pow(multiplier, Math.max(0, n - 1));
        return (long) Math.min(millis, maxInterval.toMillis());
    }
}
