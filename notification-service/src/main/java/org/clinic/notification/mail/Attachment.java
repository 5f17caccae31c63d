package org.clinic.notification.mail;

/** A small text file sent with a message, e.g. {@code appointment.ics} as {@code text/calendar; method=PUBLISH}. */
public record Attachment(String filename, String contentType, String content) {
}
