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
class EditWorkingHours {

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

    record Replaced(List<WorkingInterval> hours, List<Conflict> conflicts) {
    }

    @Transactional(readOnly = true)
    List<WorkingInterval> current(UUID practitioner) {
        if (!practitioners.exists(practitioner)) {
            throw ApiProblemException.notFound("No such practitioner.");
        }
        return hours.find(practitioner);
    }

    @Transactional
    Replaced replace(UUID practitioner, List<WeeklyHours.Input> input) {
        List<WorkingInterval> week = WeeklyHours.parse(practitioner, input);
        if (!practitioners.lockSchedule(practitioner)) {
            throw ApiProblemException.notFound("No such practitioner.");
        }
        hours.replace(practitioner, week);
        // A visit must fit one interval of its own local day; the buffer after it may run past closing.
        var outside = visits.upcoming(practitioner, clock.instant()).stream()
                .filter(v -> week.stream().noneMatch(i -> i.covers(v.start(), v.end(), clinic.timeZone())))
                .toList();
        return new Replaced(week, Conflict.of(outside, clinic.timeZone()));
    }
}
