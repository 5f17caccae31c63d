package org.clinic.booking.slot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AvailabilityRepository {

    /**
     * Working hours, booked time, time off and closures in one round trip: a booking runs this inside its
     * transaction, so each extra statement would be held-lock time and CPU on both sides at every booking.
     * Each row says in {@code kind} which of the four it is; the columns the other kinds use are NULL.
     */
    private static final String SCHEDULE = """
            SELECT 'HOURS' AS kind, practitioner_id, day_of_week, start_time, end_time,
                   NULL::timestamptz AS busy_from, NULL::timestamptz AS busy_to, NULL::date AS first_day,
                   NULL::date AS last_day
            FROM working_hours WHERE practitioner_id IN (:ids)
            UNION ALL
            SELECT 'BOOKED', practitioner_id, NULL, NULL, NULL, lower(occupied), upper(occupied), NULL, NULL
            FROM appointment
            WHERE practitioner_id IN (:ids) AND status IN ('BOOKED', 'ARRIVED', 'COMPLETED')
              AND occupied && tstzrange(:busyFrom, :busyTo, '[)')
            UNION ALL
            SELECT 'TIME_OFF', practitioner_id, NULL, NULL, NULL, lower(period), upper(period), NULL, NULL
            FROM time_off WHERE practitioner_id IN (:ids) AND period && tstzrange(:busyFrom, :busyTo, '[)')
            UNION ALL
            SELECT 'CLOSED', NULL, NULL, NULL, NULL, NULL, NULL, first_day, last_day
            FROM clinic_closure WHERE first_day <= :lastDay AND last_day >= :firstDay""";

    private final JdbcClient jdbc;

    AvailabilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param hours  the practitioners' weekly working intervals
     * @param busy   active appointments (with buffers) and time off overlapping the instants asked for
     * @param closed clinic closures touching the local days asked for
     */
    record Schedule(List<WorkingInterval> hours, List<BusyRange> busy, List<ClosedDays> closed) {
    }

    record ClosedDays(LocalDate first, LocalDate last) {
    }

    /** The practitioners' schedule: busy time within [busyFrom, busyTo), closures on the local days [firstDay, lastDay]. */
    Schedule schedule(Collection<UUID> practitioners, Instant busyFrom, Instant busyTo, LocalDate firstDay,
            LocalDate lastDay) {
        var schedule = new Schedule(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        jdbc.sql(SCHEDULE)
                .param("ids", practitioners)
                .param("busyFrom", utc(busyFrom))
                .param("busyTo", utc(busyTo))
                .param("firstDay", firstDay)
                .param("lastDay", lastDay)
                .query((RowCallbackHandler) rs -> add(schedule, rs));
        return schedule;
    }

    private static void add(Schedule schedule, ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        if (kind.equals("HOURS")) {
            schedule.hours().add(new WorkingInterval(practitioner(rs), DayOfWeek.of(rs.getInt("day_of_week")),
                    rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class)));
        } else if (kind.equals("CLOSED")) {
            schedule.closed().add(new ClosedDays(rs.getObject("first_day", LocalDate.class),
                    rs.getObject("last_day", LocalDate.class)));
        } else {
            schedule.busy().add(new BusyRange(practitioner(rs), rs.getObject("busy_from", OffsetDateTime.class)
                    .toInstant(), rs.getObject("busy_to", OffsetDateTime.class).toInstant()));
        }
    }

    private static UUID practitioner(ResultSet rs) throws SQLException {
        return rs.getObject("practitioner_id", UUID.class);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
