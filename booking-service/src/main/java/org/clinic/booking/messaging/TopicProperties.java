package org.clinic.booking.messaging;

import org.clinic.events.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The topics booking-service publishes to, one per aggregate; the names default to {@link Topics}'. */
@ConfigurationProperties("clinic.topics")
public record TopicProperties(@DefaultValue(Topics.APPOINTMENT_EVENTS) String appointmentEvents) {
}
