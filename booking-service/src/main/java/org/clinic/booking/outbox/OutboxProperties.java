package org.clinic.booking.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("clinic.outbox")
record OutboxProperties(Duration pollInterval, int batchSize) {
}
