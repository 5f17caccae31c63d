package org.clinic.platform.messaging;

import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Replay button on an operations page did, and the words the page then shows. A page redirects with the
 * {@code code}, never the words, so a link cannot make a page say something else; each refusal of
 * {@link DeadLetterReplay} is an outcome, so a form post never ends in an error page.
 */
public enum ReplayOutcome {
    REPLAYED("replayed", false,
            "Replayed: the record is back on its topic and is processed in a moment (once, even if it was before)."),
    ALREADY_REPLAYED("already-replayed", true, "That dead letter was replayed before; it is replayed only once."),
    NO_SUCH_DEAD_LETTER("no-such-dead-letter", true, "That dead letter no longer exists (it may have expired)."),
    FAILED("replay-failed", true, "Kafka did not take the record; nothing changed. Try again in a moment.");

    private static final Logger log = LoggerFactory.getLogger(ReplayOutcome.class);

    private final String code;
    private final boolean problem;
    private final String words;

    ReplayOutcome(String code, boolean problem, String words) {
        this.code = code;
        this.problem = problem;
        this.words = words;
    }

    /** Replays the dead letter whose id a form posted; an id that is not a number is no such dead letter. */
    public static ReplayOutcome replay(DeadLetterReplay replay, String id, String by) {
        try {
            replay.replay(Long.parseLong(id), by);
            return REPLAYED;
        } catch (DeadLetterReplay.AlreadyReplayed e) {
            return ALREADY_REPLAYED;
        } catch (DeadLetterReplay.NotFound | NumberFormatException e) {
            return NO_SUCH_DEAD_LETTER;
        } catch (DeadLetterReplay.ReplayFailed e) {
            log.warn("Replay from an operations page failed: {}", e.getBody().getDetail());
            return FAILED;
        }
    }

    public static Optional<ReplayOutcome> of(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    /** Whether the page shows it as a problem rather than as done. */
    public boolean problem() {
        return problem;
    }

    public String words() {
        return words;
    }
}
