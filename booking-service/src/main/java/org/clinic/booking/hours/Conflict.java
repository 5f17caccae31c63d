package org.clinic.booking.hours;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;

/**
 * A booked appointment that a schedule change leaves in the way. Changes never cancel bookings themselves: the desk
 * gets the references so someone can call those patients and move them.
 */
record Conflict(String reference, OffsetDateTime start, UUID practitionerId) {

    /** A booked visit as the conflict checks read it: the visit itself, without the buffer after it. */
    record Visit(String reference, UUID practitionerId, Instant start, Instant end) {

        Conflict asConflict(ZoneId zone) {
            return new Conflict(reference, start.atZone(zone).toOffsetDateTime(), practitionerId);
        }
    }

    static List<Conflict> of(List<Visit> visits, ZoneId zone) {
        return visits.stream().map(v -> v.asConflict(zone)).toList();
    }

    /** The 409 for a change that would overlap bookings, unless the caller forces it after seeing the list. */
    static ApiProblemException problem(String what, List<Conflict> conflicts) {
        return new ApiProblemException(HttpStatus.CONFLICT, "Conflicting appointments",
                conflicts.size() + " booked appointment(s) fall inside the " + what
                        + ". Repeat the request with force=true to record it anyway; the appointments stay booked.")
                .with("conflicts", conflicts);
    }
}
