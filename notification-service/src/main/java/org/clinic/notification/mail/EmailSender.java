package org.clinic.notification.mail;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Hands messages to the SMTP server: plain text and HTML as alternatives, plus the attachment if any. A batch goes
 * over one connection: opening one costs tens of milliseconds (greeting, EHLO, QUIT), sending one a few.
 */
@Component
public class EmailSender {

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // jakarta.mail looks up its StreamProvider anew for every body part and multipart it creates or writes, and
        // does not cache it: without this property each lookup is a ServiceLoader scan of every jar on the class
        // path, over half of the dispatcher's CPU per message. The property is consulted before that scan. Set only
        // if Angus Mail (the implementation Boot brings) is there, and never over an operator's own choice.
        if (ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, EmailSender.class.getClassLoader())) {
            System.getProperties().putIfAbsent(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    private final JavaMailSender mailSender;
    private final OutgoingMailProperties properties;

    EmailSender(JavaMailSender mailSender, OutgoingMailProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /** Sends every email it can; returns the failure of each one that was not accepted, by its index. */
    public Map<Integer, MailException> sendAll(List<OutgoingEmail> emails) {
        Map<Integer, MailException> failures = new HashMap<>();
        List<MimeMessage> messages = new ArrayList<>();
        Map<MimeMessage, Integer> indexes = new HashMap<>();
        for (int i = 0; i < emails.size(); i++) {
            try {
                MimeMessage message = prepare(emails.get(i));
                messages.add(message);
                indexes.put(message, i);
            } catch (MailException e) {
                failures.put(i, e);
            }
        }
        if (messages.isEmpty()) {
            return failures;
        }
        try {
            mailSender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            // Messages missing from the map were accepted (e.g. only closing the connection failed).
            e.getFailedMessages().forEach((message, cause) -> failures.put(indexes.get(message),
                    new MailSendException("Not accepted by the mail server", cause)));
        } catch (MailException e) {
            indexes.values().forEach(i -> failures.put(i, e));
        }
        return failures;
    }

    private MimeMessage prepare(OutgoingEmail email) throws MailException {
        MimeMessage message = mailSender.createMimeMessage();
        try {
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
        } catch (jakarta.mail.MessagingException e) {
            throw new org.springframework.mail.MailParseException(e);
        }
        return message;
    }
}
