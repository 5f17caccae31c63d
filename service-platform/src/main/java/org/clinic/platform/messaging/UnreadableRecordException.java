package org.clinic.platform.messaging;

/**
 * A record that no retry can make readable (not JSON, or not the shape the contract promises). The consumer's error
 * handler sends it straight to the dead letters instead of retrying it. Its message is kept with the dead letter and
 * logged: it must say what is wrong without quoting the record (which may hold a patient's details).
 */
public class UnreadableRecordException extends RuntimeException {

    public UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableRecordException(String message) {
        super(message);
    }
}
