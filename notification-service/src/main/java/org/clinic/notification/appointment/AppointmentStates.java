package org.clinic.notification.appointment;

import java.time.Clock;
import java.time.ZoneOffset;
import org.clinic.events.appointment.AppointmentEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The last applied version of each appointment, so stale or out-of-order events change nothing. */
@Repository
class AppointmentStates {

    private final JdbcClient jdbc;
    private final Clock clock;

    AppointmentStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the event's version if it is newer than what was applied, in one statement (the row lock also
     * serializes two instances handling the same appointment during a rebalance). False means stale: ignore it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean advance(AppointmentEvent event) {
        return jdbc.sql("""
                INSERT INTO appointment_state (appointment_id, version, status, start_at, updated_at)
                VALUES (:id, :version, :status, :start, :now)
                ON CONFLICT (appointment_id) DO UPDATE
                    SET version = EXCLUDED.version, status = EXCLUDED.status, start_at = EXCLUDED.start_at,
                        updated_at = EXCLUDED.updated_at
                    WHERE appointment_state.version < EXCLUDED.version
                """)
                .param("id", event.appointmentId()).param("version", event.version())
                .param("status", event.appointment().status())
                .param("start", event.appointment().start().atOffset(ZoneOffset.UTC))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }
}
