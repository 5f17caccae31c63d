package org.clinic.notification.sms;

/**
 * Hands one text message to an SMS provider ({@link TwilioSmsSender} when {@code clinic.sms.twilio.*} is set).
 * Without a provider there is no bean: SMS is then recorded as SUPPRESSED with {@link #NO_PROVIDER}, never as sent.
 * Throw {@link SmsRejectedException} when retrying cannot help, anything else to have the dispatcher retry with
 * back-off. Implementations must not log the text: it holds the patient's manage link.
 */
public interface SmsSender {

    /** The reason recorded for an SMS that was owed while no provider was configured. */
    String NO_PROVIDER = "no SMS provider is configured";

    void send(String phoneNumber, String text);
}
