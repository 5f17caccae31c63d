package org.clinic.booking.hours;

import java.util.List;
import java.util.UUID;
import org.clinic.booking.slot.ScheduleLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Practitioner rows as schedule changes use them: to tell a 404 and to serialize changes with bookings. This is
 * the writers' side of {@link ScheduleLock}: changes take it exclusively, bookings share it. Without that, a booking
 * that checked its slot just before time off was recorded could land inside it, and neither side would notice (the
 * exclusion constraint only compares appointments).
 */
@Repository
class PractitionerLocks {

    private final JdbcClient jdbc;
    private final ScheduleLock scheduleLock;

    PractitionerLocks(JdbcClient jdbc, ScheduleLock scheduleLock) {
        this.jdbc = jdbc;
        this.scheduleLock = scheduleLock;
    }

    /** Inactive practitioners count: their hours and time off can still be looked at and edited. */
    boolean exists(UUID practitioner) {
        return jdbc.sql("SELECT id FROM practitioner WHERE id = :id").param("id", practitioner)
                .query(UUID.class).optional().isPresent();
    }

    /** @return false if there is no such practitioner */
    boolean lockSchedule(UUID practitioner) {
        if (!exists(practitioner)) {
            return false;
        }
        scheduleLock.exclusive(List.of(practitioner));
        return true;
    }

    /** For clinic-wide changes. */
    void lockAllSchedules() {
        scheduleLock.exclusive(jdbc.sql("SELECT id FROM practitioner").query(UUID.class).list());
    }
}
