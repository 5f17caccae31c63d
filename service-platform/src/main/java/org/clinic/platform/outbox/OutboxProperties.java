package org.clinic.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often the relay looks for new rows and how many it publishes per transaction. */
@ConfigurationProperties("clinic.outbox")
public record OutboxProperties(@DefaultValue("200ms") Duration pollInterval, @DefaultValue("200") int batchSize) {
}
