package org.clinic.booking.hours;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records clinic-wide closures (holidays) the way time off is recorded, for every practitioner at once. */
@Service
public class CloseClinic {

    private final ClosureRepository closures;
    private final BookedVisits visits;
    private final PractitionerLocks practitioners;
    private final ClinicProperties clinic;
    private final Clock clock;

    CloseClinic(ClosureRepository closures, BookedVisits visits, PractitionerLocks practitioners,
            ClinicProperties clinic, Clock clock) {
        this.closures = closures;
        this.visits = visits;
        this.practitioners = practitioners;
        this.clinic = clinic;
        this.clock = clock;
    }

    public record Recorded(Closure closure, List<Conflict> conflicts) {
    }

    /** @param lastDay {@code null} for a single day */
    @Transactional
    public Recorded close(LocalDate firstDay, LocalDate lastDay, String reason, boolean force) {
        ZoneId zone = clinic.timeZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate last = lastDay == null ? firstDay : lastDay;
        // Checked as dates, before any date arithmetic, so year 999999999 is a 400 and not an overflow.
        if (last.isBefore(firstDay)) {
            throw ApiProblemException.invalidField("to", "must not be before from");
        }
        if (last.isBefore(today)) {
            throw ApiProblemException.invalidField("to", "must not be in the past");
        }
        if (firstDay.isAfter(today.plusDays(Absences.PLANNING_AHEAD.toDays()))) {
            throw ApiProblemException.invalidField("from", "must be at most two years ahead");
        }
        if (ChronoUnit.DAYS.between(firstDay, last) >= Absences.MAX_LENGTH.toDays()) {
            throw ApiProblemException.invalidField("to", "a closure may cover at most 366 days");
        }
        var closure = new Closure(UUID.randomUUID(), firstDay, last, Absences.reason(reason), StaffMember.current());
        practitioners.lockAllSchedules();
        List<Conflict> conflicts = Conflict.of(visits.overlapping(null, closure.start(zone), closure.end(zone)), zone);
        if (!conflicts.isEmpty() && !force) {
            throw Conflict.problem("closure", conflicts);
        }
        closures.insert(closure);
        return new Recorded(closure, conflicts);
    }

    @Transactional(readOnly = true)
    public List<Closure> upcoming() {
        return closures.notOverOn(LocalDate.ofInstant(clock.instant(), clinic.timeZone()));
    }

    /** Bookings inside a closure already recorded (forced): the patients the desk still has to call. */
    @Transactional(readOnly = true)
    public List<Conflict> conflictsOf(UUID id) {
        ZoneId zone = clinic.timeZone();
        return upcoming().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> Conflict.of(visits.overlapping(null, c.start(zone), c.end(zone)), zone))
                .orElse(List.of());
    }

    @Transactional
    public void reopen(UUID id) {
        if (!closures.delete(id)) {
            throw ApiProblemException.notFound("No such closure.");
        }
    }
}
