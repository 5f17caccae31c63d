package org.clinic.booking.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

record ScheduleEntry(UUID id, String reference, String status, String channel, Instant start, Instant end,
        UUID practitionerId, UUID appointmentTypeId, View.Patient patient, String notes) {

    /**
     * @param notification delivery state of the confirmation and reminder; filled in once notification-service
     *                     reports deliveries back (a later issue), until then {@code null}
     */
    record View(UUID id, String reference, String status, String channel, OffsetDateTime start, OffsetDateTime end,
            UUID practitionerId, UUID appointmentTypeId, Patient patient, String notes, Notification notification) {

        record Patient(UUID id, String firstName, String lastName, String email, String phone) {
        }

        record Notification(String confirmation, String reminder) {
        }
    }

    View view(ZoneId zone) {
        return new View(id, reference, status, channel, start.atZone(zone).toOffsetDateTime(),
                end.atZone(zone).toOffsetDateTime(), practitionerId, appointmentTypeId, patient, notes,
                new View.Notification(null, null));
    }
}
