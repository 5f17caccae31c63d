package org.clinic.notification.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a failing record is retried in place before it is dead-lettered (and the partition moves on). */
@ConfigurationProperties("clinic.consumer.retry")
record ConsumerRetryProperties(
        @DefaultValue("500ms") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("10s") Duration maxInterval,
        @DefaultValue("5") int maxRetries) {
}
