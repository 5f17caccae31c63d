package org.clinic.notification.delivery;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins see the messages that ended FAILED and put one back in the queue (docs/operations.md). */
@RestController
@RequestMapping("/api/notifications/deliveries")
class FailedDeliveriesController {

    private static final int LIMIT = 200;

    private final FailedDeliveries failed;

    FailedDeliveriesController(FailedDeliveries failed) {
        this.failed = failed;
    }

    @GetMapping("/failed")
    List<FailedDelivery> failed() {
        return failed.list(LIMIT);
    }

    /** 200 with the message, now waiting to go out; 404, or 409 when it is not FAILED or has nothing to send. */
    @PostMapping("/{id}/retry")
    FailedDelivery retry(@PathVariable UUID id, Authentication who) {
        return failed.retry(id, who.getName());
    }
}
