package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.notification.mail.OutgoingEmail;
import org.junit.jupiter.api.Test;

class WithheldLinkTests {

    private static final OutgoingMessage STORED = OutgoingMessage.email(new OutgoingEmail("ana@example.org", "Booked",
            "Open https://x.example/manage/R1" + WithheldLink.MARKER + " to manage it.",
            "<a href=\"https://x.example/manage/R1" + WithheldLink.MARKER + "\">Manage</a>"));

    @Test
    void putsTheTokenIntoBothRenderingsOfTheCopyThatIsSent() {
        OutgoingMessage sent = WithheldLink.complete(STORED, "k7Qx2mP9vR4tW8zY_-0");

        assertThat(sent.text()).isEqualTo("Open https://x.example/manage/R1#token=k7Qx2mP9vR4tW8zY_-0 to manage it.");
        assertThat(sent.html()).isEqualTo("<a href=\"https://x.example/manage/R1#token=k7Qx2mP9vR4tW8zY_-0\">Manage</a>");
        assertThat(STORED.text()).contains(WithheldLink.MARKER);
    }

    @Test
    void withoutAUsableTokenLinksToThePageWhichAsksForTheCode() {
        assertThat(WithheldLink.complete(STORED, null).text()).contains("https://x.example/manage/R1 to manage it.");
        assertThat(WithheldLink.complete(STORED, "\"><script>").html())
                .isEqualTo("<a href=\"https://x.example/manage/R1\">Manage</a>");
    }

    @Test
    void knowsWhichMessagesWithholdALink() {
        assertThat(WithheldLink.withholdsALink(STORED)).isTrue();
        assertThat(WithheldLink.withholdsALink(OutgoingMessage.sms("+15555550123", "Cancelled."))).isFalse();
    }
}
