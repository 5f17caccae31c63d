package org.clinic.notification.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topics this service consumes ({@code appointmentEvents}) and publishes ({@code deliveryEvents}); dead-letter
 * topics are the consumed names plus {@link #DEAD_LETTER_SUFFIX}.
 */
@ConfigurationProperties("clinic.topics")
public record TopicProperties(
        @DefaultValue("booking.appointment-events") String appointmentEvents,
        @DefaultValue("notification.delivery-events") String deliveryEvents) {

    public static final String DEAD_LETTER_SUFFIX = ".DLT";
}
