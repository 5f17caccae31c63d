package org.clinic.notification.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("clinic.outbox")
record OutboxProperties(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("200") int batchSize) {
}
