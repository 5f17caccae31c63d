package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class ErrorSummaryTests {

    @Test
    void namesTheRootCauseOnOneLine() {
        var e = new MailSendException("Mail server connection failed",
                new IllegalStateException("wrapper", new ConnectException("Connection refused\n  at somewhere")));

        assertThat(ErrorSummary.of(e)).isEqualTo("ConnectException: Connection refused at somewhere");
    }

    @Test
    void cutsLongMessagesShort() {
        assertThat(ErrorSummary.of(new IllegalStateException("x".repeat(1_000)))).hasSize(ErrorSummary.MAX_LENGTH);
    }
}
