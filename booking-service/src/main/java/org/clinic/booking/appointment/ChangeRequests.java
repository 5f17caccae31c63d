package org.clinic.booking.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Bodies of the cancel and reschedule calls, the same for the patient (manage link) and the front desk. */
final class ChangeRequests {

    private ChangeRequests() {
    }

    record Cancel(@Size(max = 500) String reason) {
    }

    /** @param practitionerId another practitioner to move to; omitted keeps the current one */
    record Reschedule(@NotNull OffsetDateTime start, UUID practitionerId) {
    }
}
