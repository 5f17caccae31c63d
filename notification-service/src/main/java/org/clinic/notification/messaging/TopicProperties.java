package org.clinic.notification.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Topics this service consumes; their dead-letter topics are the same names plus {@link #DEAD_LETTER_SUFFIX}. */
@ConfigurationProperties("clinic.topics")
public record TopicProperties(@DefaultValue("booking.appointment-events") String appointmentEvents) {

    public static final String DEAD_LETTER_SUFFIX = ".DLT";
}
