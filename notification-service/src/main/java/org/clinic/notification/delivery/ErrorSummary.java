package org.clinic.notification.delivery;

import org.springframework.core.NestedExceptionUtils;

/** A one-line cause for the delivery log: staff read it, so no stack traces and nothing long. */
final class ErrorSummary {

    static final int MAX_LENGTH = 200;

    private ErrorSummary() {
    }

    static String of(Throwable e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = cause.getMessage();
        String text = cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
