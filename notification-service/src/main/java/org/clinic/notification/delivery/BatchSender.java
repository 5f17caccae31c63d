package org.clinic.notification.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clinic.notification.delivery.DispatchQueue.PendingMessage;
import org.clinic.notification.mail.EmailSender;
import org.clinic.notification.mail.OutgoingEmail;
import org.clinic.notification.sms.SmsSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands a batch of messages to their channels: all emails over one SMTP connection, SMS one by one. Each message
 * gets its manage link's token only here, in memory, on the way out ({@link WithheldLink}).
 */
@Component
class BatchSender {

    private final EmailSender emailSender;
    private final ObjectProvider<SmsSender> smsSender;
    private final LinkTokens linkTokens;

    BatchSender(EmailSender emailSender, ObjectProvider<SmsSender> smsSender, LinkTokens linkTokens) {
        this.emailSender = emailSender;
        this.smsSender = smsSender;
        this.linkTokens = linkTokens;
    }

    /** @return the failure of each message that was not accepted, by notification id */
    Map<UUID, RuntimeException> send(List<PendingMessage> batch) {
        Map<UUID, String> tokens = tokensFor(batch);
        Map<UUID, RuntimeException> failures = new HashMap<>();
        List<UUID> emailIds = new ArrayList<>();
        List<OutgoingEmail> emails = new ArrayList<>();
        for (PendingMessage pending : batch) {
            OutgoingMessage message = WithheldLink.withholdsALink(pending.message())
                    ? WithheldLink.complete(pending.message(), tokens.get(pending.appointmentId()))
                    : pending.message();
            if (message.channel() == Channel.SMS) {
                sendSms(pending.id(), message, failures);
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

    private void sendSms(UUID id, OutgoingMessage message, Map<UUID, RuntimeException> failures) {
        SmsSender sender = smsSender.getIfAvailable();
        if (sender == null) {
            // Queued while a provider was configured, and it is gone since: nobody would receive it.
            failures.put(id, new NoSmsProvider());
            return;
        }
        try {
            sender.send(message.recipient(), message.text());
        } catch (RuntimeException e) {
            failures.put(id, e);
        }
    }

    private Map<UUID, String> tokensFor(List<PendingMessage> batch) {
        Set<UUID> appointments = batch.stream().filter(p -> WithheldLink.withholdsALink(p.message()))
                .map(PendingMessage::appointmentId).collect(Collectors.toSet());
        return appointments.isEmpty() ? Map.of() : linkTokens.forAppointments(appointments);
    }

    /** An SMS is due but no provider is configured: recorded SUPPRESSED, never SENT. */
    static final class NoSmsProvider extends RuntimeException {

        NoSmsProvider() {
            super(SmsSender.NO_PROVIDER, null, false, false);
        }
    }
}
