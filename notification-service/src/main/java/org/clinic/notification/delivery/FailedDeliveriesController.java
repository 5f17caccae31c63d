package org.clinic.notification.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.clinic.platform.apidocs.ApiDocs;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins see the messages that ended FAILED and put one back in the queue (docs/operations.md). */
@Tag(name = "Failed deliveries", description = "Messages that ended FAILED; send one again.")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"ADMIN"})
@RestController
@RequestMapping("/api/notifications/deliveries")
class FailedDeliveriesController {

    private static final int LIMIT = 200;

    private final FailedDeliveries failed;

    FailedDeliveriesController(FailedDeliveries failed) {
        this.failed = failed;
    }

    @Operation(summary = "Messages that could not be delivered")
    @GetMapping("/failed")
    List<FailedDelivery> failed() {
        return failed.list(LIMIT);
    }

    /** 200 with the message, now waiting to go out; 404, or 409 when it is not FAILED or has nothing to send. */
    @Operation(summary = "Put a failed message back in the dispatch queue, once")
    @PostMapping("/{id}/retry")
    FailedDelivery retry(@PathVariable UUID id, Authentication who) {
        return failed.retry(id, who.getName());
    }
}
