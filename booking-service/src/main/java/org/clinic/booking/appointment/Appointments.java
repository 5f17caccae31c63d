package org.clinic.booking.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Appointments {

    private static final String SELECT = """
            SELECT a.*, COALESCE(a.contact_first_name, p.first_name) AS first_name,
                   COALESCE(a.contact_last_name, p.last_name) AS last_name,
                   CASE WHEN a.contact_first_name IS NULL THEN p.email ELSE a.contact_email END AS email,
                   CASE WHEN a.contact_first_name IS NULL THEN p.phone ELSE a.contact_phone END AS phone
            FROM appointment a JOIN patient p ON p.id = a.patient_id""";

    private final JdbcClient jdbc;

    Appointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a BOOKED appointment; the exclusion constraint rejects it (23P01) if the time is taken. */
    void insert(Appointment a, int bufferMinutes, String source) {
        jdbc.sql("""
                        INSERT INTO appointment (id, reference, practitioner_id, appointment_type_id, patient_id,
                            start_at, end_at, occupied, status, channel, notes, source, manage_token_hash, version,
                            contact_first_name, contact_last_name, contact_email, contact_phone)
                        VALUES (:id, :reference, :practitionerId, :typeId, :patientId, :start, :end,
                            tstzrange(:start, :end + make_interval(mins => :buffer), '[)'),
                            :status, :channel, :notes, :source, :tokenHash, :version,
                            :firstName, :lastName, :email, :phone)""")
                .param("id", a.id())
                .param("reference", a.reference())
                .param("practitionerId", a.practitionerId())
                .param("typeId", a.appointmentTypeId())
                .param("patientId", a.patientId())
                .param("start", utc(a.start()))
                .param("end", utc(a.end()))
                .param("buffer", bufferMinutes)
                .param("status", a.status().name())
                .param("channel", a.channel().name())
                .param("notes", a.notes())
                .param("source", source)
                .param("tokenHash", a.manageTokenHash())
                .param("version", a.version())
                .param("firstName", a.firstName())
                .param("lastName", a.lastName())
                .param("email", a.email())
                .param("phone", a.phone())
                .update();
    }

    /**
     * Moves to a new status unless someone changed the appointment since it was read (checked by version).
     * @return the updated appointment, or empty if it changed meanwhile
     */
    Optional<Appointment> changeStatus(Appointment a, AppointmentStatus newStatus) {
        int updated = jdbc.sql("""
                        UPDATE appointment SET status = :status, version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version""")
                .param("status", newStatus.name()).param("id", a.id()).param("version", a.version())
                .update();
        return updated == 1 ? findByReference(a.reference()) : Optional.empty();
    }

    /**
     * Takes the appointment out of the overlap check for the rest of the current transaction (a move then puts it
     * back), without counting as a version: other transactions keep seeing it booked until the move commits.
     */
    boolean releaseForMove(Appointment a) {
        return jdbc.sql("UPDATE appointment SET status = 'CANCELLED' WHERE id = :id AND version = :version")
                .param("id", a.id()).param("version", a.version()).update() == 1;
    }

    /** Moves the appointment; the exclusion constraint rejects (23P01) a time another appointment holds. */
    Optional<Appointment> move(Appointment a, java.util.UUID practitionerId, Instant start, Instant end,
            int bufferMinutes) {
        int updated = jdbc.sql("""
                        UPDATE appointment SET practitioner_id = :practitionerId, start_at = :start, end_at = :end,
                            occupied = tstzrange(:start, :end + make_interval(mins => :buffer), '[)'),
                            status = 'BOOKED', version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version""")
                .param("practitionerId", practitionerId).param("start", utc(start)).param("end", utc(end))
                .param("buffer", bufferMinutes).param("id", a.id()).param("version", a.version())
                .update();
        return updated == 1 ? findByReference(a.reference()) : Optional.empty();
    }

    public Optional<Appointment> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(Appointments::map).optional();
    }

    /** The article slug the patient booked from ({@code /book?source=}), if any. */
    public Optional<String> source(UUID id) {
        return jdbc.sql("SELECT source FROM appointment WHERE id = :id AND source IS NOT NULL").param("id", id)
                .query(String.class).optional();
    }

    Optional<Appointment> findByReference(String reference) {
        return jdbc.sql(SELECT + " WHERE a.reference = :reference")
                .param("reference", reference)
                .query(Appointments::map)
                .optional();
    }

    private static Appointment map(ResultSet rs, int row) throws SQLException {
        return new Appointment(rs.getObject("id", UUID.class), rs.getString("reference"),
                AppointmentStatus.valueOf(rs.getString("status")), BookingChannel.valueOf(rs.getString("channel")), rs.getObject("appointment_type_id", UUID.class),
                rs.getObject("practitioner_id", UUID.class), instant(rs, "start_at"), instant(rs, "end_at"),
                rs.getObject("patient_id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("email"), rs.getString("phone"), rs.getString("notes"),
                rs.getBytes("manage_token_hash"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
