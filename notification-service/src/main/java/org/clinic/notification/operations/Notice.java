package org.clinic.notification.operations;

import java.util.Arrays;
import java.util.Optional;
import org.clinic.platform.messaging.ReplayOutcome;

/**
 * What the problems fragment says after an admin's replay or retry. Only these words are ever shown: the redirect
 * carries a code, never text, so a link cannot make the page say something else.
 */
enum Notice {
    REPLAYED("dead-letter-replayed", ReplayOutcome.REPLAYED),
    ALREADY_REPLAYED("dead-letter-already", ReplayOutcome.ALREADY_REPLAYED),
    NO_DEAD_LETTER("dead-letter-gone", ReplayOutcome.NO_SUCH_DEAD_LETTER),
    REPLAY_FAILED("replay-failed", ReplayOutcome.FAILED),
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

    /** A replay's outcome in the platform's words, which the other operations pages use too. */
    Notice(String code, ReplayOutcome outcome) {
        this(code, outcome.problem(), outcome.words());
    }

    static Notice of(ReplayOutcome outcome) {
        return switch (outcome) {
            case REPLAYED -> REPLAYED;
            case ALREADY_REPLAYED -> ALREADY_REPLAYED;
            case NO_SUCH_DEAD_LETTER -> NO_DEAD_LETTER;
            case FAILED -> REPLAY_FAILED;
        };
    }

    static Optional<Notice> of(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }
}
