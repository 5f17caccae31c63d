package org.clinic.booking.slot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.clinic.ClinicProperties;
import org.springframework.stereotype.Service;

/**
 * Free slots under the clinic's policy: minimum notice, booking horizon, working hours, booked time, time off and
 * clinic closures.
 */
@Service
public class Availability {

    static final String SEARCH_TIMER = "clinic.slot.search";
    private static final Duration[] SEARCH_BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    private final AvailabilityRepository repository;
    private final ScheduleLock scheduleLock;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final Map<Booker, Timer> searchTimers = new EnumMap<>(Booker.class);

    Availability(AvailabilityRepository repository, ScheduleLock scheduleLock, ClinicProperties clinic, Clock clock,
            MeterRegistry registry) {
        this.repository = repository;
        this.scheduleLock = scheduleLock;
        this.clinic = clinic;
        this.clock = clock;
        for (Booker booker : Booker.values()) {
            searchTimers.put(booker, Timer.builder(SEARCH_TIMER)
                    .description("Slot searches (API, booking pages, the desk's free times), database and arithmetic")
                    .tag("booker", booker.name().toLowerCase(Locale.ROOT))
                    // Buckets for Prometheus' histogram_quantile: a dozen chosen ones rather than Micrometer's 60
                    // percentile buckets, fine enough to tell 50 ms from 100 ms and a slow second from a hung one.
                    .serviceLevelObjectives(SEARCH_BUCKETS)
                    .register(registry));
        }
    }

    /** Who decides: patients are held to the minimum notice, the front desk may book inside it. */
    public enum Booker { PATIENT, STAFF }

    /** The free slots in a range of days, as a patient or the desk searches them; timed as {@value #SEARCH_TIMER}. */
    public List<Slot> freeSlots(AppointmentType type, List<UUID> practitioners, LocalDate from, LocalDate to,
            Booker booker) {
        return searchTimers.get(booker).record(() -> search(type, practitioners, from, to, booker));
    }

    private List<Slot> search(AppointmentType type, List<UUID> practitioners, LocalDate from, LocalDate to,
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
        // Not a search: the check inside a booking, timed with the booking (http.server.requests), not as one.
        return search(type, List.of(practitioner), day, day, booker).stream()
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
