package org.clinic.notification.mail;

/** One message to one recipient, in both a plain-text and an HTML rendering of the same content. */
public record OutgoingEmail(String to, String subject, String text, String html) {
}
