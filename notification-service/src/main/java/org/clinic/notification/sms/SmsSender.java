package org.clinic.notification.sms;

/**
 * Hands one text message to an SMS provider. A real provider is a bean implementing this; without one the
 * {@link LoggingSmsSender} stands in. Throw to have the dispatcher retry with back-off.
 */
public interface SmsSender {

    void send(String phoneNumber, String text);
}
