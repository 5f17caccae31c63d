package org.clinic.booking.patient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Patients {

    private static final String COLUMNS = "id, first_name, last_name, email, phone";

    private final JdbcClient jdbc;

    Patients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A patient's contact details; email and phone may each be missing for phone bookings. */
    public record Patient(UUID id, String firstName, String lastName, String email, String phone) {
    }

    public Optional<Patient> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM patient WHERE id = :id").param("id", id)
                .query(Patient.class).optional();
    }

    /**
     * The patient with this email, else with this phone, created if neither is known. An existing record's name is
     * not overwritten: anyone can type someone else's email into a public form, and that must not rename them.
     * A missing phone or email is filled in.
     */
    public Patient findOrCreate(String firstName, String lastName, String email, String phoneE164) {
        if (email != null) {
            return jdbc.sql("""
                            INSERT INTO patient (id, first_name, last_name, email, phone)
                            VALUES (:id, :firstName, :lastName, :email, :phone)
                            ON CONFLICT ((lower(email))) WHERE email IS NOT NULL
                            DO UPDATE SET phone = COALESCE(patient.phone, EXCLUDED.phone), updated_at = now()
                            """ + "RETURNING " + COLUMNS)
                    .param("id", UUID.randomUUID()).param("firstName", firstName).param("lastName", lastName)
                    .param("email", email).param("phone", phoneE164)
                    .query(Patient.class).single();
        }
        if (phoneE164 != null) {
            Optional<Patient> byPhone = jdbc.sql("SELECT " + COLUMNS + " FROM patient WHERE phone = :phone"
                            + " ORDER BY created_at LIMIT 1")
                    .param("phone", phoneE164).query(Patient.class).optional();
            if (byPhone.isPresent()) {
                return byPhone.get();
            }
        }
        return jdbc.sql("INSERT INTO patient (id, first_name, last_name, email, phone)"
                        + " VALUES (:id, :firstName, :lastName, NULL, :phone) RETURNING " + COLUMNS)
                .param("id", UUID.randomUUID()).param("firstName", firstName).param("lastName", lastName)
                .param("phone", phoneE164)
                .query(Patient.class).single();
    }

    /**
     * Up to 20 patients whose first or last name starts with the text, or whose email or phone is it. Name prefixes
     * and exact contact matches use indexes, so the desk gets answers while the caller is still on the line.
     */
    List<Patient> search(String text, String phoneE164) {
        String prefix = text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM patient
                        WHERE lower(last_name) LIKE :prefix OR lower(first_name) LIKE :prefix
                           OR lower(email) = lower(:text) OR phone = :phone
                        ORDER BY last_name, first_name LIMIT 20""")
                .param("prefix", prefix).param("text", text).param("phone", phoneE164)
                .query(Patient.class).list();
    }
}
