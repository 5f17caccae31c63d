package org.clinic.notification.delivery;

import java.util.regex.Pattern;
import org.springframework.core.NestedExceptionUtils;

/** A one-line cause for the delivery log: staff read it, so no stack traces and nothing long. */
final class ErrorSummary {

    static final int MAX_LENGTH = 200;

    // A mail server's refusal quotes the recipient ("550 5.1.1 <ana@example.org>... unknown"); a provider may quote
    // the number in international form. Neither belongs in the service's log.
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+'-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+\\d[\\d ().-]{5,}\\d");

    private ErrorSummary() {
    }

    static String of(Throwable e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = cause.getMessage();
        String text = cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** A summary as the service's log may show it: email addresses and phone numbers left out. */
    static String forLog(String summary) {
        return PHONE.matcher(EMAIL.matcher(summary).replaceAll("<email>")).replaceAll("<phone>");
    }
}
