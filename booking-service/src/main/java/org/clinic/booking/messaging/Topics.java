package org.clinic.booking.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The topics booking-service publishes to, one per aggregate. */
@ConfigurationProperties("clinic.topics")
public record Topics(String appointmentEvents) {
}
