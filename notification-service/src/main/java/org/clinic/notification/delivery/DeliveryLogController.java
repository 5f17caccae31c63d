package org.clinic.notification.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.clinic.platform.apidocs.ApiDocs;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff look up what we told a patient about an appointment, and whether it arrived. */
@Tag(name = "Delivery log", description = "What the patient was sent about an appointment, and whether it arrived.")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"FRONT_DESK", "ADMIN"})
@RestController
@RequestMapping("/api/notifications")
class DeliveryLogController {

    private final DeliveryLog deliveryLog;

    DeliveryLogController(DeliveryLog deliveryLog) {
        this.deliveryLog = deliveryLog;
    }

    @Operation(summary = "The messages about one appointment",
            description = "Each confirmation, reminder or change notice: kind, channel, status, attempts, last error "
                    + "and when it was sent. `appointmentId` is required.")
    @GetMapping
    List<DeliveryLogEntry> byAppointment(@RequestParam(required = false) String appointmentId) {
        return deliveryLog.findByAppointment(parse(appointmentId));
    }

    // Parsed here rather than bound as UUID so both a missing and a malformed id get the same field-level 400.
    private static UUID parse(String appointmentId) {
        if (appointmentId == null || appointmentId.isBlank()) {
            throw ApiProblemException.invalidField("appointmentId", "is required");
        }
        try {
            return UUID.fromString(appointmentId.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.invalidField("appointmentId", "must be a UUID");
        }
    }
}
