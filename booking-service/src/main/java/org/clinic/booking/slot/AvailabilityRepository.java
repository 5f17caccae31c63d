package org.clinic.booking.slot;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AvailabilityRepository {

    private final JdbcClient jdbc;

    AvailabilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkingInterval> workingHours(Collection<UUID> practitioners) {
        return jdbc.sql("""
                        SELECT practitioner_id, day_of_week, start_time, end_time FROM working_hours
                        WHERE practitioner_id IN (:ids) ORDER BY start_time""")
                .param("ids", practitioners)
                .query((rs, n) -> new WorkingInterval(rs.getObject("practitioner_id", UUID.class),
                        DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class)))
                .list();
    }

    /** Occupied time of active appointments overlapping [from, to). */
    List<BusyRange> busy(Collection<UUID> practitioners, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT practitioner_id, lower(occupied) AS busy_from, upper(occupied) AS busy_to FROM appointment
                        WHERE practitioner_id IN (:ids) AND status IN ('BOOKED', 'ARRIVED', 'COMPLETED')
                          AND occupied && tstzrange(:from, :to, '[)')""")
                .param("ids", practitioners)
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((rs, n) -> new BusyRange(rs.getObject("practitioner_id", UUID.class),
                        rs.getObject("busy_from", OffsetDateTime.class).toInstant(),
                        rs.getObject("busy_to", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Time off of these practitioners overlapping [from, to). */
    List<BusyRange> timeOff(Collection<UUID> practitioners, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT practitioner_id, lower(period) AS off_from, upper(period) AS off_to FROM time_off
                        WHERE practitioner_id IN (:ids) AND period && tstzrange(:from, :to, '[)')""")
                .param("ids", practitioners)
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((rs, n) -> new BusyRange(rs.getObject("practitioner_id", UUID.class),
                        rs.getObject("off_from", OffsetDateTime.class).toInstant(),
                        rs.getObject("off_to", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Clinic closures touching the local days [from, to]. */
    List<ClosedDays> closures(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT first_day, last_day FROM clinic_closure WHERE first_day <= :to AND last_day >= :from")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ClosedDays(rs.getObject("first_day", LocalDate.class),
                        rs.getObject("last_day", LocalDate.class)))
                .list();
    }

    record ClosedDays(LocalDate first, LocalDate last) {
    }

    /** See {@link Availability#holdSchedule}; the writers' side is {@code FOR UPDATE} in the hours package. */
    void shareLock(UUID practitioner) {
        jdbc.sql("SELECT id FROM practitioner WHERE id = :id FOR SHARE").param("id", practitioner).query().listOfRows();
    }
}
