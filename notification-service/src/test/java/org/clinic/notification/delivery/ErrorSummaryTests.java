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

    @Test
    void leavesAddressesAndInternationalNumbersOutOfTheLogButKeepsStatusCodes() {
        String summary = "SMTPAddressFailedException: 550 5.1.1 <ana.ruiz+clinic@mail.example.org>: unknown; "
                + "To +1 (555) 555-0123 or +447700900123 refused";

        assertThat(ErrorSummary.forLog(summary)).isEqualTo(
                "SMTPAddressFailedException: 550 5.1.1 <<email>>: unknown; To <phone> or <phone> refused");
    }
}
