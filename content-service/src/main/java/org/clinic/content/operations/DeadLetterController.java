package org.clinic.content.operations;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clinic.platform.apidocs.ApiDocs;
import org.clinic.platform.messaging.DeadLetterApi;
import org.clinic.platform.messaging.DeadLetterReplay;
import org.clinic.platform.messaging.DeadLetters;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins see the appointment events this service could not read (for the article booking figures), and replay one
 * to its topic once the cause is fixed (docs/operations.md). The desk's {@code /desk/operations} page shows the
 * same, through {@link DeadLetterPanel}.
 */
@Tag(name = "Dead letters", description = "Appointment events this service could not read; replay one to its topic.")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"ADMIN"})
@RestController
@RequestMapping("/api/content/dead-letters")
class DeadLetterController extends DeadLetterApi {

    DeadLetterController(DeadLetters deadLetters, DeadLetterReplay replay) {
        super(deadLetters, replay);
    }
}
