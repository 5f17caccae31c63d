package org.clinic.booking.delivery;

import org.clinic.events.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The topic notification-service reports deliveries on (by default {@link Topics#DELIVERY_EVENTS}). How failing
 * records are retried is service-platform's {@code clinic.consumer.retry.*}.
 */
@ConfigurationProperties("clinic.delivery")
record DeliveryProperties(@DefaultValue(Topics.DELIVERY_EVENTS) String topic) {
}
