package org.clinic.booking.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.clinic.platform.apidocs.ApiDocs;
import org.clinic.platform.messaging.DeadLetter;
import org.clinic.platform.messaging.DeadLetterReplay;
import org.clinic.platform.messaging.DeadLetters;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins see the delivery events this service could not read, and replay one to its topic once the cause is fixed
 * (docs/operations.md). The desk's {@code /desk/operations} page shows the same.
 */
@Tag(name = "Dead letters", description = "Delivery events this service could not read; replay one to its topic.")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"ADMIN"})
@RestController
@RequestMapping("/api/booking/dead-letters")
public class DeadLetterController {

    /** The most a list shows; the retention job keeps the table short anyway. */
    public static final int LIMIT = 200;

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;

    DeadLetterController(DeadLetters deadLetters, DeadLetterReplay replay) {
        this.deadLetters = deadLetters;
        this.replay = replay;
    }

    /** The newest first; {@code all=true} includes those already replayed. */
    @Operation(summary = "Dead letters, newest first")
    @GetMapping
    List<DeadLetter> list(@RequestParam(defaultValue = "false") boolean all) {
        return deadLetters.list(all, LIMIT);
    }

    /** 200 with the dead letter, now marked replayed; 404; 409 if it was replayed before; 503 if Kafka is away. */
    @Operation(summary = "Replay a dead letter to its topic, once")
    @PostMapping("/{id}/replay")
    DeadLetter replay(@PathVariable long id, Authentication who) {
        return replay.replay(id, who.getName());
    }
}
