package org.clinic.booking.hours;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records, lists and removes a practitioner's time off. */
@Service
public class RecordTimeOff {

    private final TimeOffRepository timeOff;
    private final BookedVisits visits;
    private final PractitionerLocks practitioners;
    private final ClinicProperties clinic;
    private final Clock clock;

    RecordTimeOff(TimeOffRepository timeOff, BookedVisits visits, PractitionerLocks practitioners,
            ClinicProperties clinic, Clock clock) {
        this.timeOff = timeOff;
        this.visits = visits;
        this.practitioners = practitioners;
        this.clinic = clinic;
        this.clock = clock;
    }

    public record Recorded(TimeOff timeOff, List<Conflict> conflicts) {
    }

    /**
     * Without {@code force}, booked appointments inside the time off make it a 409 that lists them, and nothing is
     * stored; with it, the time off is stored and the same list comes back so the desk can call those patients.
     */
    @Transactional
    public Recorded record(UUID practitioner, Instant start, Instant end, String reason, boolean force) {
        Absences.checkTimeOff(start, end, clock.instant());
        if (!practitioners.lockSchedule(practitioner)) {
            throw ApiProblemException.notFound("No such practitioner.");
        }
        List<Conflict> conflicts = Conflict.of(visits.overlapping(practitioner, start, end), clinic.timeZone());
        if (!conflicts.isEmpty() && !force) {
            throw Conflict.problem("time off", conflicts);
        }
        var entry = new TimeOff(UUID.randomUUID(), practitioner, start, end, Absences.reason(reason),
                StaffMember.current());
        timeOff.insert(entry);
        return new Recorded(entry, conflicts);
    }

    @Transactional(readOnly = true)
    public List<TimeOff> upcoming(UUID practitioner) {
        if (!practitioners.exists(practitioner)) {
            throw ApiProblemException.notFound("No such practitioner.");
        }
        return timeOff.notOverAt(practitioner, clock.instant());
    }

    /** Bookings inside time off already recorded (forced): the patients the desk still has to call. */
    @Transactional(readOnly = true)
    public List<Conflict> conflictsOf(UUID practitioner, UUID id) {
        return timeOff.notOverAt(practitioner, clock.instant()).stream().filter(t -> t.id().equals(id)).findFirst()
                .map(t -> Conflict.of(visits.overlapping(practitioner, t.start(), t.end()), clinic.timeZone()))
                .orElse(List.of());
    }

    @Transactional
    public void remove(UUID practitioner, UUID id) {
        if (!timeOff.delete(practitioner, id)) {
            throw ApiProblemException.notFound("No such time off for this practitioner.");
        }
    }
}
