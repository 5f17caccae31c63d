package org.clinic.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sender patients see; SMTP host and port are Boot's own {@code spring.mail.*}. */
@ConfigurationProperties("clinic.mail")
record OutgoingMailProperties(@DefaultValue("Riverbend Physio <appointments@riverbend.example>") String from) {
}
