package org.clinic.platform.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the retention job runs. The periods themselves are each service's own settings under the same prefix
 * ({@code clinic.retention.processed-events} and so on), bound where the service declares its rules.
 *
 * @param enabled      false stops the scheduled runs (tests run the job by hand)
 * @param initialDelay after start-up, so a purge never competes with a service becoming ready
 * @param batchSize    rows per transaction
 */
@ConfigurationProperties("clinic.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1h") Duration interval,
        @DefaultValue("5m") Duration initialDelay,
        @DefaultValue("1000") int batchSize) {

    public RetentionProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("clinic.retention.batch-size must be at least 1");
        }
    }
}
