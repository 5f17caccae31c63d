package org.clinic.notification.mail;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands one message to the SMTP server: plain text and HTML as alternatives, plus the attachment if any. */
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
            Attachment file = email.attachment();
            if (file != null) {
                helper.addAttachment(file.filename(),
                        new ByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8)), file.contentType());
            }
        });
    }
}
