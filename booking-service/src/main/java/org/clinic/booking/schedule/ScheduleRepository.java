package org.clinic.booking.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.slot.WorkingInterval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The desk's read model of the schedule: appointments with their patients, absences, working hours. */
@Repository
public class ScheduleRepository {

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ScheduleEntry> between(Instant from, Instant to, UUID practitionerId) {
        return jdbc.sql("""
                        SELECT a.id, a.reference, a.status, a.channel, a.start_at, a.end_at, a.practitioner_id,
                               a.appointment_type_id, a.notes, p.id AS patient_id, p.first_name, p.last_name,
                               p.email, p.phone
                        FROM appointment a JOIN patient p ON p.id = a.patient_id
                        WHERE a.start_at >= :from AND a.start_at < :to
                          AND (CAST(:practitionerId AS uuid) IS NULL OR a.practitioner_id = :practitionerId)
                        ORDER BY a.start_at, a.practitioner_id""")
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .param("practitionerId", practitionerId, java.sql.Types.OTHER)
                .query((rs, n) -> new ScheduleEntry(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("status"), rs.getString("channel"),
                        rs.getObject("start_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("end_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("practitioner_id", UUID.class), rs.getObject("appointment_type_id", UUID.class),
                        new ScheduleEntry.View.Patient(rs.getObject("patient_id", UUID.class),
                                rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
                                rs.getString("phone")),
                        rs.getString("notes")))
                .list();
    }

    /** Time off and closures overlapping the local days [firstDay, lastDay], soonest first. */
    public List<ScheduleAbsence> absences(LocalDate firstDay, LocalDate lastDay, ZoneId zone, UUID practitionerId) {
        Instant from = firstDay.atStartOfDay(zone).toInstant();
        Instant to = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        List<ScheduleAbsence> absences = new ArrayList<>(jdbc.sql("""
                        SELECT id, practitioner_id, lower(period) AS off_from, upper(period) AS off_to, reason
                        FROM time_off WHERE period && tstzrange(:from, :to, '[)')
                          AND (CAST(:practitionerId AS uuid) IS NULL OR practitioner_id = :practitionerId)""")
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .param("practitionerId", practitionerId, java.sql.Types.OTHER)
                .query((rs, n) -> new ScheduleAbsence("TIME_OFF", rs.getObject("id", UUID.class),
                        rs.getObject("practitioner_id", UUID.class),
                        rs.getObject("off_from", OffsetDateTime.class).toInstant(),
                        rs.getObject("off_to", OffsetDateTime.class).toInstant(), rs.getString("reason")))
                .list());
        absences.addAll(jdbc.sql("""
                        SELECT id, first_day, last_day, reason FROM clinic_closure
                        WHERE first_day <= :lastDay AND last_day >= :firstDay""")
                .param("firstDay", firstDay)
                .param("lastDay", lastDay)
                .query((rs, n) -> new ScheduleAbsence("CLOSURE", rs.getObject("id", UUID.class), null,
                        rs.getObject("first_day", LocalDate.class).atStartOfDay(zone).toInstant(),
                        rs.getObject("last_day", LocalDate.class).plusDays(1).atStartOfDay(zone).toInstant(),
                        rs.getString("reason")))
                .list());
        absences.sort(Comparator.comparing(ScheduleAbsence::start).thenComparing(ScheduleAbsence::kind));
        return absences;
    }

    /** Every practitioner's weekly hours: a small table, read whole. */
    public List<WorkingInterval> workingHours() {
        return jdbc.sql("SELECT practitioner_id, day_of_week, start_time, end_time FROM working_hours")
                .query((rs, n) -> new WorkingInterval(rs.getObject("practitioner_id", UUID.class),
                        DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class)))
                .list();
    }

    /**
     * A fingerprint of everything the desk's grid shows for [from, to) (the local days firstDay..lastDay):
     * appointments (any change bumps updated_at; moves in or out change the count or the maximum), delivery
     * outcomes, absences and working hours. One indexed round trip, cheap enough to ask every few seconds.
     */
    public String fingerprint(Instant from, Instant to, LocalDate firstDay, LocalDate lastDay) {
        return jdbc.sql("""
                        SELECT concat_ws('|',
                          (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM appointment
                           WHERE start_at >= :from AND start_at < :to),
                          (SELECT count(*) || ':' || coalesce(max(d.occurred_at)::text, '')
                           FROM appointment_delivery d JOIN appointment a ON a.id = d.appointment_id
                           WHERE a.start_at >= :from AND a.start_at < :to),
                          (SELECT md5(coalesce(string_agg(id::text || reason, ',' ORDER BY id), '')) FROM time_off
                           WHERE period && tstzrange(:from, :to, '[)')),
                          (SELECT md5(coalesce(string_agg(id::text || reason, ',' ORDER BY id), ''))
                           FROM clinic_closure WHERE first_day <= :lastDay AND last_day >= :firstDay),
                          (SELECT md5(coalesce(string_agg(practitioner_id::text || day_of_week || start_time
                                  || end_time, ',' ORDER BY practitioner_id, day_of_week, start_time), ''))
                           FROM working_hours))""")
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .param("firstDay", firstDay)
                .param("lastDay", lastDay)
                .query(String.class).single();
    }
}
