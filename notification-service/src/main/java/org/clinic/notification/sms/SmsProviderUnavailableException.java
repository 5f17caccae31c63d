package org.clinic.notification.sms;

/** The provider could not take the message now (unreachable, timed out, 5xx, throttled): try again later. */
public class SmsProviderUnavailableException extends RuntimeException {

    public SmsProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
