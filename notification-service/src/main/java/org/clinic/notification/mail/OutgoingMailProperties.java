package org.clinic.notification.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sender patients see; SMTP host and port are Boot's own {@code spring.mail.*}. */
@ConfigurationProperties("clinic.mail")
public record OutgoingMailProperties(@DefaultValue("Riverbend Physio <appointments@riverbend.example>") String from) {

    /** Just the address part of {@link #from()}, e.g. for a calendar file's organizer. */
    public String address() {
        try {
            return new InternetAddress(from, true).getAddress();
        } catch (AddressException e) {
            throw new IllegalStateException("clinic.mail.from is not an email address: " + from, e);
        }
    }
}
