package org.clinic.notification.operations;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the problems fragment says after an admin's replay or retry. Only these words are ever shown: the redirect
 * carries a code, never text, so a link cannot make the page say something else.
 */
enum Notice {
    REPLAYED("dead-letter-replayed", false,
            "Replayed: the record is back on its topic and is processed in a moment (once, even if it was before)."),
    ALREADY_REPLAYED("dead-letter-already", true, "That dead letter was replayed before; it is replayed only once."),
    NO_DEAD_LETTER("dead-letter-gone", true, "That dead letter no longer exists (it may have expired)."),
    REPLAY_FAILED("replay-failed", true, "Kafka did not take the record; nothing changed. Try again in a moment."),
    RETRIED("delivery-retried", false, "The message is back in the queue and goes out in a moment."),
    NOT_FAILED("delivery-not-failed", true, "That message is no longer failed (sent or waiting): nothing to retry."),
    NOTHING_TO_RESEND("delivery-not-resendable", true,
            "That message's text is no longer kept, so it cannot be sent again."),
    NO_MESSAGE("delivery-gone", true, "That message no longer exists.");

    final String code;
    final boolean problem;
    final String words;

    Notice(String code, boolean problem, String words) {
        this.code = code;
        this.problem = problem;
        this.words = words;
    }

    static Optional<Notice> of(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }
}
