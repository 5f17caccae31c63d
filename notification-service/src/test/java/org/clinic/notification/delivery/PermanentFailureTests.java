package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.mail.MailSendException;
import org.junit.jupiter.api.Test;

/** Which failures end a message at once (FAILED) and which are worth another attempt later. */
class PermanentFailureTests {

    private static final Address[] NONE = new Address[0];

    @Test
    void aRecipientTheServerRefusedForGoodIsPermanent() throws Exception {
        var refused = new SendFailedException("Invalid Addresses", new MessagingException("550 mailbox unavailable"),
                NONE, NONE, new Address[] {new InternetAddress("nobody@refused.example")});

        assertThat(Dispatcher.isPermanent(new MailSendException("Not accepted by the mail server", refused))).isTrue();
    }

    @Test
    void aServerAskingToTryLaterIsRetried() throws Exception {
        var later = new SendFailedException("Try again later", new MessagingException("451 try later"),
                NONE, new Address[] {new InternetAddress("someone@example.org")}, NONE);

        assertThat(Dispatcher.isPermanent(new MailSendException("Not accepted by the mail server", later))).isFalse();
        assertThat(Dispatcher.isPermanent(new MailSendException("Connection refused"))).isFalse();
    }
}
