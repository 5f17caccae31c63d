package org.clinic.notification.sms;

/** The provider refused the message for good (e.g. not a valid mobile number): retrying cannot help. */
public class SmsRejectedException extends RuntimeException {

    public SmsRejectedException(String message) {
        super(message);
    }
}
