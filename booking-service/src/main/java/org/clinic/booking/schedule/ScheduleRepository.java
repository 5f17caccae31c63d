package org.clinic.booking.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ScheduleRepository {

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ScheduleEntry> between(Instant from, Instant to, UUID practitionerId) {
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
}
