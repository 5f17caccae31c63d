package org.clinic.booking.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;

/** Database errors reach logs (the 500 handler logs them): they name the constraint, never the patient's data. */
class DatabaseErrorDetailIT extends BookingIntegrationTest {

    @Test
    void aUniqueViolationNamesTheConstraintButNotTheEmailAddress() {
        insertPatient("ana.secret@example.org");

        Throwable error = catchThrowable(() -> insertPatient("ana.secret@example.org"));

        assertThat(error).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(error.getMessage()).contains("patient_email_unique").doesNotContain("ana.secret@example.org");
        assertThat(NestedExceptionUtils.getMostSpecificCause(error).getMessage())
                .contains("patient_email_unique").doesNotContain("ana.secret@example.org");
    }

    private void insertPatient(String email) {
        jdbc.sql("INSERT INTO patient (id, first_name, last_name, email) VALUES (:id, 'Ana', 'Ruiz', :email)")
                .param("id", UUID.randomUUID()).param("email", email).update();
    }
}
