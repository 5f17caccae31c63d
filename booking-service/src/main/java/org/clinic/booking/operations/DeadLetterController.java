package org.clinic.booking.operations;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clinic.platform.apidocs.ApiDocs;
import org.clinic.platform.messaging.DeadLetterApi;
import org.clinic.platform.messaging.DeadLetterReplay;
import org.clinic.platform.messaging.DeadLetters;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins see the delivery events this service could not read, and replay one to its topic once the cause is fixed
 * (docs/operations.md). The desk's {@code /desk/operations} page shows the same.
 */
@Tag(name = "Dead letters", description = "Delivery events this service could not read; replay one to its topic.")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"ADMIN"})
@RestController
@RequestMapping("/api/booking/dead-letters")
class DeadLetterController extends DeadLetterApi {

    DeadLetterController(DeadLetters deadLetters, DeadLetterReplay replay) {
        super(deadLetters, replay);
    }
}
