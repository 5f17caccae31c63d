package org.clinic.booking.patient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * Only the desk ({@code mayFillIn}) fills in a missing phone: from the public form it would let a stranger attach
     * their number to someone else's record. The booking keeps the contact details it was given either way
     * (the appointment's own contact columns), so nothing typed is lost.
     */
    public Patient findOrCreate(String firstName, String lastName, String email, String phoneE164, boolean mayFillIn) {
        if (email != null) {
            return jdbc.sql("""
                            INSERT INTO patient (id, first_name, last_name, email, phone)
                            VALUES (:id, :firstName, :lastName, :email, :phone)
                            ON CONFLICT ((lower(email))) WHERE email IS NOT NULL
                            DO UPDATE SET
                                phone = CASE WHEN :fillIn THEN COALESCE(patient.phone, EXCLUDED.phone) ELSE patient.phone END,
                                updated_at = CASE WHEN :fillIn AND patient.phone IS NULL THEN now() ELSE patient.updated_at END
                            """ + "RETURNING " + COLUMNS)
                    .param("id", UUID.randomUUID()).param("firstName", firstName).param("lastName", lastName)
                    .param("email", email).param("phone", phoneE164).param("fillIn", mayFillIn)
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
     * Up to 20 patients for what the desk typed: a first or last name prefix, both ("Jane Do" or "Doe, Jane"), an
     * email prefix, the phone in any format ({@code phoneE164}), or its last digits (4 or more). Each test is an
     * index range scan (V3, V6), so answers come while the caller is still speaking, at any number of patients.
     */
    public List<Patient> search(String text, String phoneE164) {
        String lowered = text.strip().toLowerCase(Locale.ROOT);
        // One branch per kind of match, each walking its index in order and stopping after 20 rows: a one-letter
        // prefix matches thousands of patients, and fetching and sorting them all is what would make typing slow.
        List<String> branches = new ArrayList<>(List.of(
                branch("lower(last_name) LIKE :whole", "lower(last_name)"),
                branch("lower(first_name) LIKE :whole", "lower(first_name)"),
                branch("lower(email) LIKE :whole", "lower(email)")));
        Map<String, Object> params = new HashMap<>(Map.of("whole", prefix(lowered)));
        String[] names = lowered.contains(",") ? reversed(lowered.split("\\s*,\\s*", 2)) : lowered.split("\\s+", 2);
        if (names.length == 2 && !names[0].isEmpty() && !names[1].isEmpty()) {
            branches.add(branch("lower(first_name) LIKE :first AND lower(last_name) LIKE :last", "lower(last_name)"));
            params.put("first", prefix(names[0]));
            params.put("last", prefix(names[1]));
        }
        if (phoneE164 != null) {
            branches.add(branch("phone = :phone", null));
            params.put("phone", phoneE164);
        }
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.length() >= 4 && text.matches("[0-9 ()+.\\-]+")) {
            // E.164 read backwards: "the number ending 0123" becomes a prefix, which a btree index answers.
            branches.add(branch("reverse(phone) LIKE :reversedDigits", "reverse(phone)"));
            params.put("reversedDigits", new StringBuilder(digits).reverse() + "%");
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM (" + String.join(" UNION ", branches) + ") AS found"
                        + " ORDER BY last_name, first_name, id LIMIT 20")
                .params(params)
                .query(Patient.class).list();
    }

    /** {@code USING ~<~} is the order of the text_pattern_ops indexes (V3, V6), so the scan is the sort. */
    private static String branch(String condition, String indexOrder) {
        return "(SELECT " + COLUMNS + " FROM patient WHERE " + condition
                + (indexOrder == null ? "" : " ORDER BY " + indexOrder + " USING ~<~") + " LIMIT 20)";
    }

    private static String prefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String[] reversed(String[] lastThenFirst) {
        return lastThenFirst.length == 2 ? new String[] {lastThenFirst[1], lastThenFirst[0]} : lastThenFirst;
    }
}
