package org.clinic.booking.schedule;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.clinic.booking.delivery.DeliverySummary;

public record ScheduleEntry(UUID id, String reference, String status, String channel, Instant start, Instant end,
        UUID practitionerId, UUID appointmentTypeId, View.Patient patient, String notes) {

    /**
     * @param notification whether the patient was told: the latest confirmation (or reschedule) and reminder outcome
     *                     notification-service reported (SENT, FAILED, SUPPRESSED), null while nothing was reported
     */
    // Named for the API description: every nested "View" would otherwise share one schema name.
    @Schema(name = "ScheduleAppointment")
    public record View(UUID id, String reference, String status, String channel, OffsetDateTime start, OffsetDateTime end,
            UUID practitionerId, UUID appointmentTypeId, Patient patient, String notes, Notification notification) {

        public record Patient(UUID id, String firstName, String lastName, String email, String phone) {
        }

        public record Notification(String confirmation, String reminder) {
        }
    }

    public View view(ZoneId zone, DeliverySummary delivery) {
        return new View(id, reference, status, channel, start.atZone(zone).toOffsetDateTime(),
                end.atZone(zone).toOffsetDateTime(), practitionerId, appointmentTypeId, patient, notes,
                delivery == null ? new View.Notification(null, null)
                        : new View.Notification(delivery.confirmation(), delivery.reminder()));
    }
}
