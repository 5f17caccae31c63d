package org.clinic.booking.hours;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.slot.WorkingInterval;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a practitioner's week. Bookings that no longer fit are reported, not cancelled: hours often change
 * for the future while the desk moves the few patients affected.
 */
@Service
public class EditWorkingHours {

    private final WorkingHoursRepository hours;
    private final BookedVisits visits;
    private final PractitionerLocks practitioners;
    private final ClinicProperties clinic;
    private final Clock clock;

    EditWorkingHours(WorkingHoursRepository hours, BookedVisits visits, PractitionerLocks practitioners,
            ClinicProperties clinic, Clock clock) {
        this.hours = hours;
        this.visits = visits;
        this.practitioners = practitioners;
        this.clinic = clinic;
        this.clock = clock;
    }

    public record Replaced(List<WorkingInterval> hours, List<Conflict> conflicts) {
    }

    @Transactional(readOnly = true)
    public List<WorkingInterval> current(UUID practitioner) {
        if (!practitioners.exists(practitioner)) {
            throw ApiProblemException.notFound("No such practitioner.");
        }
        return hours.find(practitioner);
    }

    /** The API's PUT: the week is stored whatever it leaves outside, and those bookings are reported. */
    @Transactional
    Replaced replace(UUID practitioner, List<WeeklyHours.Input> input) {
        return change(practitioner, input, true);
    }

    /**
     * Checks first: without {@code force}, a week that leaves upcoming bookings outside the hours is not stored and
     * {@link ConflictsFound} lists them. The check and the change share one transaction holding the practitioner's
     * schedule lock, so no booking can land between what the desk was shown and what is stored.
     */
    @Transactional
    public Replaced change(UUID practitioner, List<WeeklyHours.Input> input, boolean force) {
        List<WorkingInterval> week = WeeklyHours.parse(practitioner, input);
        if (!practitioners.lockSchedule(practitioner)) {
            throw ApiProblemException.notFound("No such practitioner.");
        }
        List<Conflict> conflicts = outside(practitioner, week);
        if (!conflicts.isEmpty() && !force) {
            throw Conflict.problem("new working hours", conflicts);
        }
        hours.replace(practitioner, week);
        return new Replaced(week, conflicts);
    }

    /** Upcoming bookings outside the stored week: the patients still to call after a forced change. */
    @Transactional(readOnly = true)
    public List<Conflict> upcomingOutsideHours(UUID practitioner) {
        return outside(practitioner, current(practitioner));
    }

    // A visit must fit one interval of its own local day; the buffer after it may run past closing.
    private List<Conflict> outside(UUID practitioner, List<WorkingInterval> week) {
        var outside = visits.upcoming(practitioner, clock.instant()).stream()
                .filter(v -> week.stream().noneMatch(i -> i.covers(v.start(), v.end(), clinic.timeZone())))
                .toList();
        return Conflict.of(outside, clinic.timeZone());
    }
}
