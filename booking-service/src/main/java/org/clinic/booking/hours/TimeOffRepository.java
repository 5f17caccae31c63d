package org.clinic.booking.hours;

import static org.clinic.booking.hours.BookedVisits.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TimeOffRepository {

    private final JdbcClient jdbc;

    TimeOffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TimeOff timeOff) {
        jdbc.sql("""
                        INSERT INTO time_off (id, practitioner_id, period, reason, created_by)
                        VALUES (:id, :practitionerId, tstzrange(:start, :end, '[)'), :reason, :createdBy)""")
                .param("id", timeOff.id())
                .param("practitionerId", timeOff.practitionerId())
                .param("start", utc(timeOff.start()))
                .param("end", utc(timeOff.end()))
                .param("reason", timeOff.reason())
                .param("createdBy", timeOff.createdBy())
                .update();
    }

    /** Time off not over yet at {@code now}, soonest first. */
    List<TimeOff> notOverAt(UUID practitioner, Instant now) {
        return jdbc.sql("""
                        SELECT id, practitioner_id, lower(period) AS off_from, upper(period) AS off_to, reason,
                               created_by
                        FROM time_off WHERE practitioner_id = :id AND upper(period) > :now ORDER BY lower(period)""")
                .param("id", practitioner)
                .param("now", utc(now))
                .query((rs, n) -> new TimeOff(rs.getObject("id", UUID.class),
                        rs.getObject("practitioner_id", UUID.class),
                        rs.getObject("off_from", OffsetDateTime.class).toInstant(),
                        rs.getObject("off_to", OffsetDateTime.class).toInstant(), rs.getString("reason"),
                        rs.getString("created_by")))
                .list();
    }

    boolean delete(UUID practitioner, UUID id) {
        return jdbc.sql("DELETE FROM time_off WHERE id = :id AND practitioner_id = :practitionerId")
                .param("id", id)
                .param("practitionerId", practitioner)
                .update() == 1;
    }
}
