package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinic.booking.appointment.DeskBookingIT.DESK;
import static org.clinic.booking.appointment.DeskBookingIT.deskBooking;

import java.util.Map;
import org.clinic.booking.BookingIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Only the desk changes a stored patient. Anyone can type a known patient's email into the public form; that booking
 * keeps the phone it was given for itself, but the patient's record does not take it.
 */
class PatientRecordIT extends BookingIntegrationTest {

    @Test
    void theOnlineFormNeverFillsInAStoredPatientsPhoneTheDeskDoes() {
        var byDesk = http.post("/api/booking/desk/appointments", deskBooking(ADJUSTMENT, LIN,
                "2026-12-01T11:00:00-05:00", Map.of("firstName", "Rosa", "lastName", "Diaz",
                        "email", "rosa@example.org")), DESK);
        assertThat(byDesk.status()).as(byDesk.body()).isEqualTo(201);

        var online = http.post("/api/booking/appointments", Map.of("appointmentTypeId", ADJUSTMENT.toString(),
                "practitionerId", LIN.toString(), "start", "2026-12-01T12:00:00-05:00",
                "patient", TestBookings.patient("Mallory", "Mask", "rosa@example.org", "+1 555 555 0166")));
        assertThat(online.status()).as(online.body()).isEqualTo(201);

        assertThat(storedPhone()).as("the patient's record after the online booking").isNull();
        assertThat(online.json().get("patient").get("phone").asString()).isEqualTo("+15555550166");

        var deskAgain = http.post("/api/booking/desk/appointments", deskBooking(ADJUSTMENT, LIN,
                "2026-12-01T13:00:00-05:00", Map.of("firstName", "Rosa", "lastName", "Diaz",
                        "email", "rosa@example.org", "phone", "+1 555 555 0123")), DESK);
        assertThat(deskAgain.status()).as(deskAgain.body()).isEqualTo(201);
        assertThat(storedPhone()).as("the desk fills in what was missing").isEqualTo("+15555550123");
    }

    private String storedPhone() {
        var phones = jdbc.sql("SELECT phone FROM patient WHERE lower(email) = 'rosa@example.org'")
                .query((row, n) -> row.getString("phone")).list();
        assertThat(phones).hasSize(1);
        return phones.get(0);
    }
}
