package org.clinic.booking.delivery;

import java.time.Duration;
import org.clinic.events.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The topic notification-service reports deliveries on (by default {@link Topics#DELIVERY_EVENTS}), and how long a record that fails to apply (e.g. the
 * database is away) is retried before it is dead-lettered to {@code <topic>.DLT}.
 */
@ConfigurationProperties("clinic.delivery")
record DeliveryProperties(
        @DefaultValue(Topics.DELIVERY_EVENTS) String topic,
        @DefaultValue("1s") Duration firstRetryAfter,
        @DefaultValue("1m") Duration maxRetryAfter,
        @DefaultValue("10") int maxRetries) {
}
