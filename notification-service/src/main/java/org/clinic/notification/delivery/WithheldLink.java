package org.clinic.notification.delivery;

import java.util.regex.Pattern;

/**
 * Messages are written, queued and kept with the manage link's token withheld: the link ends in {@link #MARKER}
 * instead of {@code #token=...}. Only the copy handed to SMTP or the SMS provider gets the token, so no stored
 * body, log line or retry ever holds it.
 */
public final class WithheldLink {

    /** Where the token goes; a URL fragment of its own, so it reads as "withheld" wherever a body is looked at. */
    public static final String MARKER = "#token-withheld";

    /** Manage tokens are base64url; anything else is not substituted into a message (and so into HTML). */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private WithheldLink() {
    }

    static boolean withholdsALink(OutgoingMessage message) {
        return contains(message.text()) || contains(message.html());
    }

    /**
     * The message as it goes out: with the token where the marker is, or, without a usable token (the appointment's
     * link was wiped, or sealed with a key since rotated), with a plain link to the manage page, which asks for the
     * code from the confirmation.
     */
    static OutgoingMessage complete(OutgoingMessage message, String token) {
        String fragment = token != null && TOKEN.matcher(token).matches() ? "#token=" + token : "";
        return new OutgoingMessage(message.channel(), message.recipient(), message.subject(),
                replace(message.text(), fragment), replace(message.html(), fragment), message.attachment());
    }

    private static boolean contains(String body) {
        return body != null && body.contains(MARKER);
    }

    private static String replace(String body, String fragment) {
        return body == null ? null : body.replace(MARKER, fragment);
    }
}
