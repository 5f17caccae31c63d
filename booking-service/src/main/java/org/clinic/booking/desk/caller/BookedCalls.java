package org.clinic.booking.desk.caller;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A booking as the desk reads it back to the caller: when, with whom, for what, under which name. */
@Repository
class BookedCalls {

    private final JdbcClient jdbc;

    BookedCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record BookedCall(String reference, Instant start, UUID practitionerId, UUID appointmentTypeId, String firstName,
            String lastName, String email) {
    }

    Optional<BookedCall> find(String reference) {
        return jdbc.sql("""
                        SELECT a.reference, a.start_at, a.practitioner_id, a.appointment_type_id,
                               COALESCE(a.contact_first_name, p.first_name) AS first_name,
                               COALESCE(a.contact_last_name, p.last_name) AS last_name,
                               COALESCE(a.contact_email, p.email) AS email
                          FROM appointment a JOIN patient p ON p.id = a.patient_id
                         WHERE a.reference = :reference""")
                .param("reference", reference)
                .query((rs, n) -> new BookedCall(rs.getString("reference").strip(),
                        rs.getTimestamp("start_at").toInstant(), rs.getObject("practitioner_id", UUID.class),
                        rs.getObject("appointment_type_id", UUID.class), rs.getString("first_name"),
                        rs.getString("last_name"), rs.getString("email")))
                .optional();
    }
}
