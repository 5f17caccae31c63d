package org.clinic.notification.messaging;

/**
 * A record that no retry can make readable (not JSON, or not the shape the contract promises).
 * It goes straight to the dead-letter topic instead of blocking its partition through the back-off.
 */
public class UnreadableRecordException extends RuntimeException {

    public UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableRecordException(String message) {
        super(message);
    }
}
