package org.clinic.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The provider adapter against a local stub of Twilio's API: what it sends, and how it reads each answer. */
class TwilioSmsSenderTests {

    private static TwilioStub stub;
    private static TwilioSmsSender sender;

    @BeforeAll
    static void startStub() {
        stub = TwilioStub.start();
        sender = new TwilioSmsSender(new TwilioProperties(stub.baseUrl(), TwilioStub.ACCOUNT_SID,
                TwilioStub.AUTH_TOKEN, TwilioStub.FROM, Duration.ofSeconds(2), Duration.ofMillis(500)));
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Test
    void postsToFromAndBodyAsAFormWithBasicAuthToTheAccountsMessagesResource() {
        sender.send("+447700900101", "Riverbend: booked for Tue 9 Jun. Manage: https://x.example/manage/R1#token=abc");

        TwilioStub.Request request = stub.requestsTo("+447700900101").get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + TwilioStub.ACCOUNT_SID + "/Messages.json");
        assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (TwilioStub.ACCOUNT_SID + ":" + TwilioStub.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(request.form()).containsEntry("To", "+447700900101").containsEntry("From", TwilioStub.FROM)
                .containsEntry("Body", "Riverbend: booked for Tue 9 Jun. Manage: https://x.example/manage/R1#token=abc");
    }

    @Test
    void aClientErrorIsARefusalForGoodThatNamesTheCodeButNotTheNumberOrText() {
        stub.answer("+447700900102", 400);

        assertThatThrownBy(() -> sender.send("+447700900102", "secret text"))
                .isInstanceOf(SmsRejectedException.class)
                .hasMessage("SMS provider refused the message: HTTP 400, provider error 21211")
                .hasMessageNotContaining("+447700900102");
    }

    @Test
    void serverErrorsThrottlingAndTimeoutsAreWorthRetrying() {
        stub.answer("+447700900103", 503, 429);
        stub.holdAnswer("+447700900104");

        assertThatThrownBy(() -> sender.send("+447700900103", "t")).isInstanceOf(SmsProviderUnavailableException.class)
                .hasMessageContaining("HTTP 503");
        assertThatThrownBy(() -> sender.send("+447700900103", "t")).isInstanceOf(SmsProviderUnavailableException.class)
                .hasMessageContaining("HTTP 429");
        assertThatThrownBy(() -> sender.send("+447700900104", "t")).isInstanceOf(SmsProviderUnavailableException.class)
                .hasMessageStartingWith("SMS provider did not answer");
    }

    @Test
    void anUnreachableProviderIsWorthRetrying() {
        var nowhere = new TwilioSmsSender(new TwilioProperties("http://127.0.0.1:1", TwilioStub.ACCOUNT_SID,
                TwilioStub.AUTH_TOKEN, TwilioStub.FROM, Duration.ofSeconds(1), Duration.ofSeconds(1)));

        assertThatThrownBy(() -> nowhere.send("+447700900105", "t")).isInstanceOf(SmsProviderUnavailableException.class);
    }

    @Test
    void settingsNeverPrintTheAuthTokenAndAnAccountWithoutTokenOrSenderIsRefused() {
        var properties = new TwilioProperties("https://api.twilio.com", "AC1", "very-secret", "+15005550006",
                Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(properties.toString()).doesNotContain("very-secret").contains("authToken=(set)");
        assertThatThrownBy(() -> new TwilioProperties("https://api.twilio.com", "AC1", "", "+15005550006",
                Duration.ofSeconds(1), Duration.ofSeconds(1))).hasMessageContaining("auth-token");
    }
}
