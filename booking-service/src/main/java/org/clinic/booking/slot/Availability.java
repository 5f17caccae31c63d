package org.clinic.booking.slot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.clinic.ClinicProperties;
import org.springframework.stereotype.Service;

/**
 * Free slots under the clinic's policy: minimum notice, booking horizon, working hours, booked time, time off and
 * clinic closures.
 */
@Service
public class Availability {

    private final AvailabilityRepository repository;
    private final ScheduleLock scheduleLock;
    private final ClinicProperties clinic;
    private final Clock clock;

    Availability(AvailabilityRepository repository, ScheduleLock scheduleLock, ClinicProperties clinic, Clock clock) {
        this.repository = repository;
        this.scheduleLock = scheduleLock;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** Who decides: patients are held to the minimum notice, the front desk may book inside it. */
    public enum Booker { PATIENT, STAFF }

    public List<Slot> freeSlots(AppointmentType type, List<UUID> practitioners, LocalDate from, LocalDate to,
            Booker booker) {
        if (practitioners.isEmpty()) {
            return List.of();
        }
        ZoneId zone = clinic.timeZone();
        Instant now = clock.instant();
        Instant notBefore = booker == Booker.PATIENT ? now.plus(clinic.policy().minNotice()) : now;
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate lastDay = today.plusDays(clinic.policy().horizonDays());
        // Past days and days beyond the horizon have no slots; clamping first also keeps absurd dates harmless.
        from = from.isBefore(today) ? today : from;
        to = to.isAfter(lastDay) ? lastDay : to;
        if (from.isAfter(to)) {
            return List.of();
        }
        var search = new SlotCalculator.Search(type.duration(), type.occupied(), from, to, zone, notBefore, lastDay);
        // A day either side covers intervals that the zone's offset moves across midnight UTC.
        Instant busyFrom = from.minusDays(1).atStartOfDay(zone).toInstant();
        Instant busyTo = to.plusDays(2).atStartOfDay(zone).toInstant();
        var schedule = repository.schedule(practitioners, busyFrom, busyTo, from, to);
        List<BusyRange> busy = new ArrayList<>(schedule.busy());
        for (var closed : schedule.closed()) {
            // A closure is whole local days, so it starts and ends at local midnight whatever the offset that day.
            Instant closedFrom = closed.first().atStartOfDay(zone).toInstant();
            Instant closedTo = closed.last().plusDays(1).atStartOfDay(zone).toInstant();
            practitioners.forEach(p -> busy.add(new BusyRange(p, closedFrom, closedTo)));
        }
        return SlotCalculator.calculate(search, practitioners, schedule.hours(), busy);
    }

    /** Whether {@code start} is a free grid slot for this practitioner right now. */
    public boolean isFree(AppointmentType type, UUID practitioner, Instant start, Booker booker) {
        Instant now = clock.instant();
        if (start.isBefore(now) || start.isAfter(now.plus(Duration.ofDays(clinic.policy().horizonDays() + 1L)))) {
            return false; // also keeps year-9999 requests away from date arithmetic
        }
        LocalDate day = LocalDate.ofInstant(start, clinic.timeZone());
        return freeSlots(type, List.of(practitioner), day, day, booker).stream()
                .anyMatch(slot -> slot.start().equals(start));
    }

    /**
     * Holds the practitioners' schedules steady for the rest of the caller's transaction: call it first in a booking
     * transaction and check {@link #isFree} after it (see {@link ScheduleLock}).
     */
    public void holdSchedules(UUID... practitioners) {
        scheduleLock.share(List.of(practitioners));
    }
}
