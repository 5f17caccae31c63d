package org.clinic.notification.delivery;

import org.clinic.notification.mail.Attachment;
import org.clinic.notification.mail.OutgoingEmail;

/**
 * One message to one patient on one channel. SMS uses only {@code text}; email has a subject, both renderings
 * and optionally a calendar file.
 */
public record OutgoingMessage(Channel channel, String recipient, String subject, String text, String html,
        Attachment attachment) {

    public static OutgoingMessage email(OutgoingEmail email) {
        return new OutgoingMessage(Channel.EMAIL, email.to(), email.subject(), email.text(), email.html(),
                email.attachment());
    }

    public static OutgoingMessage sms(String phone, String text) {
        return new OutgoingMessage(Channel.SMS, phone, null, text, null, null);
    }

    OutgoingEmail asEmail() {
        return new OutgoingEmail(recipient, subject, text, html, attachment);
    }
}
