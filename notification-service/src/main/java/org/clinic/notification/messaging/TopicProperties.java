package org.clinic.notification.messaging;

import org.clinic.events.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topics this service consumes ({@code appointmentEvents}) and publishes ({@code deliveryEvents}), by default
 * {@link Topics}'; dead-letter topics are the consumed names plus {@link Topics#DEAD_LETTER_SUFFIX}.
 */
@ConfigurationProperties("clinic.topics")
public record TopicProperties(
        @DefaultValue(Topics.APPOINTMENT_EVENTS) String appointmentEvents,
        @DefaultValue(Topics.DELIVERY_EVENTS) String deliveryEvents) {
}
