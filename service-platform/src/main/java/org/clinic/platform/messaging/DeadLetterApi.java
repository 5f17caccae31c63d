package org.clinic.platform.messaging;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dead-letter API every consuming service offers its admins (docs/operations.md): list what it could not read,
 * replay one to its topic once the cause is fixed. A service extends it with its own path, tag and security
 * requirement; values are records as received, personal data among them, so admins only.
 */
public abstract class DeadLetterApi {

    /** The most a list shows; the retention job keeps the table short anyway. */
    public static final int LIMIT = 200;

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;

    protected DeadLetterApi(DeadLetters deadLetters, DeadLetterReplay replay) {
        this.deadLetters = deadLetters;
        this.replay = replay;
    }

    /** The newest first; {@code all=true} includes those already replayed. */
    @Operation(summary = "Dead letters, newest first")
    @GetMapping
    public List<DeadLetter> list(@RequestParam(defaultValue = "false") boolean all) {
        return deadLetters.list(all, LIMIT);
    }

    /** 200 with the dead letter, now marked replayed; 404; 409 if it was replayed before; 503 if Kafka is away. */
    @Operation(summary = "Replay a dead letter to its topic, once")
    @PostMapping("/{id}/replay")
    public DeadLetter replay(@PathVariable long id, Authentication who) {
        return replay.replay(id, who.getName());
    }
}
