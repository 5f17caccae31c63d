package org.clinic.notification.mail;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands one message to the SMTP server as multipart/alternative: plain text first, HTML preferred by clients. */
@Component
public class EmailSender {

    private final JavaMailSender mailSender;
    private final OutgoingMailProperties properties;

    EmailSender(JavaMailSender mailSender, OutgoingMailProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    public void send(OutgoingEmail email) throws MailException {
        mailSender.send(message -> {
            var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
        });
    }
}
