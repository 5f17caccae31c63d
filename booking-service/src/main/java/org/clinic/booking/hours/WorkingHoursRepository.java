package org.clinic.booking.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.slot.WorkingInterval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorkingHoursRepository {

    private final JdbcClient jdbc;

    WorkingHoursRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkingInterval> find(UUID practitioner) {
        return jdbc.sql("""
                        SELECT day_of_week, start_time, end_time FROM working_hours WHERE practitioner_id = :id
                        ORDER BY day_of_week, start_time""")
                .param("id", practitioner)
                .query((rs, n) -> new WorkingInterval(practitioner, DayOfWeek.of(rs.getInt("day_of_week")),
                        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class)))
                .list();
    }

    /** The week is replaced as a whole, which is how the desk edits it: one form with all the intervals. */
    void replace(UUID practitioner, List<WorkingInterval> intervals) {
        jdbc.sql("DELETE FROM working_hours WHERE practitioner_id = :id").param("id", practitioner).update();
        for (WorkingInterval interval : intervals) {
            jdbc.sql("""
                            INSERT INTO working_hours (practitioner_id, day_of_week, start_time, end_time)
                            VALUES (:id, :day, :start, :end)""")
                    .param("id", practitioner)
                    .param("day", interval.dayOfWeek().getValue())
                    .param("start", interval.start())
                    .param("end", interval.end())
                    .update();
        }
    }
}
