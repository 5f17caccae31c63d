package org.clinic.notification.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.notification.delivery.DispatchQueue.PendingMessage;
import org.clinic.notification.mail.EmailSender;
import org.clinic.notification.mail.OutgoingEmail;
import org.clinic.notification.sms.SmsSender;
import org.springframework.stereotype.Component;

/** Hands a batch of messages to their channels: all emails over one SMTP connection, SMS one by one. */
@Component
class BatchSender {

    private final EmailSender emailSender;
    private final SmsSender smsSender;

    BatchSender(EmailSender emailSender, SmsSender smsSender) {
        this.emailSender = emailSender;
        this.smsSender = smsSender;
    }

    /** @return the failure of each message that was not accepted, by notification id */
    Map<UUID, RuntimeException> send(List<PendingMessage> batch) {
        Map<UUID, RuntimeException> failures = new HashMap<>();
        List<UUID> emailIds = new ArrayList<>();
        List<OutgoingEmail> emails = new ArrayList<>();
        for (PendingMessage pending : batch) {
            OutgoingMessage message = pending.message();
            if (message.channel() == Channel.SMS) {
                try {
                    smsSender.send(message.recipient(), message.text());
                } catch (RuntimeException e) {
                    failures.put(pending.id(), e);
                }
            } else {
                emailIds.add(pending.id());
                emails.add(message.asEmail());
            }
        }
        if (!emails.isEmpty()) {
            emailSender.sendAll(emails).forEach((index, e) -> failures.put(emailIds.get(index), e));
        }
        return failures;
    }
}
