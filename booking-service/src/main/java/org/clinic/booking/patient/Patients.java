package org.clinic.booking.patient;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Patients {

    private final JdbcClient jdbc;

    Patients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The patient with this email, created if new. An existing record's name is not overwritten: anyone can type
     * someone else's email into a public form, and that must not rename them. A missing phone is filled in.
     */
    public UUID findOrCreateByEmail(String firstName, String lastName, String email, String phoneE164) {
        return jdbc.sql("""
                        INSERT INTO patient (id, first_name, last_name, email, phone)
                        VALUES (:id, :firstName, :lastName, :email, :phone)
                        ON CONFLICT ((lower(email))) WHERE email IS NOT NULL
                        DO UPDATE SET phone = COALESCE(patient.phone, EXCLUDED.phone), updated_at = now()
                        RETURNING id""")
                .param("id", UUID.randomUUID())
                .param("firstName", firstName)
                .param("lastName", lastName)
                .param("email", email)
                .param("phone", phoneE164)
                .query(UUID.class)
                .single();
    }
}
