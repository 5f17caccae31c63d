package org.clinic.booking.hours;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Practitioner rows as schedule changes use them: to tell a 404 and to serialize changes with bookings. This is
 * the writers' side of {@code Availability.holdSchedule}: changes take the row exclusively, bookings share it.
 * Without that, a booking that checked its slot just before time off was recorded could land inside it, and
 * neither side would notice (the exclusion constraint only compares appointments).
 */
@Repository
class PractitionerLocks {

    private final JdbcClient jdbc;

    PractitionerLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inactive practitioners count: their hours and time off can still be looked at and edited. */
    boolean exists(UUID practitioner) {
        return jdbc.sql("SELECT id FROM practitioner WHERE id = :id").param("id", practitioner)
                .query(UUID.class).optional().isPresent();
    }

    /** @return false if there is no such practitioner */
    boolean lockSchedule(UUID practitioner) {
        return jdbc.sql("SELECT id FROM practitioner WHERE id = :id FOR UPDATE").param("id", practitioner)
                .query(UUID.class).optional().isPresent();
    }

    /** For clinic-wide changes; in id order, as bookings are asked to lock, so two lockers cannot deadlock. */
    void lockAllSchedules() {
        jdbc.sql("SELECT id FROM practitioner ORDER BY id FOR UPDATE").query(UUID.class).list();
    }
}
