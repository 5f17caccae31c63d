package org.clinic.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dispatcher retries: the n-th failure waits {@code firstRetryAfter * 2^(n-1)}, capped at
 * {@code maxRetryAfter}; after {@code maxAttempts} attempts the message is FAILED.
 */
@ConfigurationProperties("clinic.dispatch")
record DispatchProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("50") int maxPerRun,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("10s") Duration firstRetryAfter,
        @DefaultValue("30m") Duration maxRetryAfter) {

    DispatchProperties {
        if (maxAttempts < 1 || maxPerRun < 1) {
            throw new IllegalArgumentException("clinic.dispatch.max-attempts and max-per-run must be at least 1");
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    Duration retryDelayAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = firstRetryAfter.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : delay;
    }
}
