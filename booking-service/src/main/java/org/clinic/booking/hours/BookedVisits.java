package org.clinic.booking.hours;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the appointments that schedule changes must report; it never changes them. */
@Repository
class BookedVisits {

    // ARRIVED counts too: the patient is in the building and still needs the practitioner.
    private static final String SELECT = """
            SELECT a.id, a.reference, a.practitioner_id, a.start_at, a.end_at,
                   p.first_name || ' ' || p.last_name AS patient_name
            FROM appointment a JOIN patient p ON p.id = a.patient_id
            WHERE a.status IN ('BOOKED', 'ARRIVED')""";

    private final JdbcClient jdbc;

    BookedVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Visits overlapping [from, to), of one practitioner or (when {@code null}) of all. The lower bound on start_at
     * is redundant (no visit lasts a day) but lets the start index narrow the search.
     */
    List<Conflict.Visit> overlapping(UUID practitionerId, Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                         AND (CAST(:practitionerId AS uuid) IS NULL OR a.practitioner_id = :practitionerId)
                          AND a.start_at < :to AND a.end_at > :from AND a.start_at > :from - interval '1 day'
                        ORDER BY a.start_at, a.practitioner_id""")
                .param("practitionerId", practitionerId, java.sql.Types.OTHER)
                .param("from", utc(from))
                .param("to", utc(to))
                .query((rs, n) -> visit(rs))
                .list();
    }

    /** The practitioner's visits starting at or after {@code now}. */
    List<Conflict.Visit> upcoming(UUID practitionerId, Instant now) {
        return jdbc.sql(SELECT + " AND a.practitioner_id = :practitionerId AND a.start_at >= :now ORDER BY a.start_at")
                .param("practitionerId", practitionerId)
                .param("now", utc(now))
                .query((rs, n) -> visit(rs))
                .list();
    }

    private static Conflict.Visit visit(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Conflict.Visit(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("practitioner_id", UUID.class), rs.getObject("start_at", OffsetDateTime.class).toInstant(),
                rs.getObject("end_at", OffsetDateTime.class).toInstant(), rs.getString("patient_name"));
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
