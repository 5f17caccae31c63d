package org.clinic.notification.delivery;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The delivery log of one appointment as a fragment for the desk's appointment panel, which the browser loads
 * through the gateway (ARCHITECTURE.md: a fragment from another service; the panel shows "unavailable" when this
 * service is down). Staff only, like the JSON log: the security configuration requires FRONT_DESK or ADMIN.
 */
@Controller
class DeliveryLogFragmentController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final DeliveryLog deliveryLog;
    private final DeliveryLogFragment fragment;

    DeliveryLogFragmentController(DeliveryLog deliveryLog, DeliveryLogFragment fragment) {
        this.deliveryLog = deliveryLog;
        this.fragment = fragment;
    }

    @GetMapping("/desk/deliveries")
    ResponseEntity<String> deliveries(@RequestParam(required = false) String appointmentId) {
        UUID id = parse(appointmentId);
        if (id == null) {
            return html(HttpStatus.BAD_REQUEST, fragment.problem("This link does not name an appointment."));
        }
        return html(HttpStatus.OK, fragment.render(deliveryLog.findByAppointment(id)));
    }

    // Parsed here rather than bound as UUID, so a missing and a malformed id both get the fragment's 400.
    private static UUID parse(String appointmentId) {
        if (appointmentId == null || appointmentId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(appointmentId.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Never cached: the log changes as messages go out, and it names patients' messages. */
    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(body);
    }
}
