package org.clinic.notification.mail;

/** One message to one recipient, in both a plain-text and an HTML rendering, with an optional attachment. */
public record OutgoingEmail(String to, String subject, String text, String html, Attachment attachment) {

    public OutgoingEmail(String to, String subject, String text, String html) {
        this(to, subject, text, html, null);
    }
}
