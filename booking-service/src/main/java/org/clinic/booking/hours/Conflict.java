package org.clinic.booking.hours;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A booked appointment that a schedule change leaves in the way. Changes never cancel bookings themselves: the desk
 * gets the references (and the ids and names its pages link and show) so someone can call those patients.
 */
public record Conflict(String reference, OffsetDateTime start, UUID practitionerId, UUID appointmentId,
        String patientName) {

    /** A booked visit as the conflict checks read it: the visit itself, without the buffer after it. */
    record Visit(UUID appointmentId, String reference, UUID practitionerId, Instant start, Instant end,
            String patientName) {

        Conflict asConflict(ZoneId zone) {
            return new Conflict(reference, start.atZone(zone).toOffsetDateTime(), practitionerId, appointmentId,
                    patientName);
        }
    }

    static List<Conflict> of(List<Visit> visits, ZoneId zone) {
        return visits.stream().map(v -> v.asConflict(zone)).toList();
    }

    /** The 409 for a change that would overlap bookings, unless the caller forces it after seeing the list. */
    static ConflictsFound problem(String what, List<Conflict> conflicts) {
        return new ConflictsFound(what, conflicts);
    }
}
