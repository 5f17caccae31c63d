package org.clinic.booking.hours;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClosureRepository {

    private final JdbcClient jdbc;

    ClosureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Closure closure) {
        jdbc.sql("""
                        INSERT INTO clinic_closure (id, first_day, last_day, reason, created_by)
                        VALUES (:id, :firstDay, :lastDay, :reason, :createdBy)""")
                .param("id", closure.id())
                .param("firstDay", closure.firstDay())
                .param("lastDay", closure.lastDay())
                .param("reason", closure.reason())
                .param("createdBy", closure.createdBy())
                .update();
    }

    /** Closures whose last day is {@code today} or later, soonest first. */
    List<Closure> notOverOn(LocalDate today) {
        return jdbc.sql("""
                        SELECT id, first_day, last_day, reason, created_by FROM clinic_closure
                        WHERE last_day >= :today ORDER BY first_day, last_day""")
                .param("today", today)
                .query((rs, n) -> new Closure(rs.getObject("id", UUID.class),
                        rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                        rs.getString("reason"), rs.getString("created_by")))
                .list();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM clinic_closure WHERE id = :id").param("id", id).update() == 1;
    }
}
