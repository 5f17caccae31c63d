package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TopicReader;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** The front desk books a caller: by patient id or new details, email optional, inside the minimum notice. */
class DeskBookingIT extends BookingIntegrationTest {

    static final String[] DESK = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};

    @Autowired
    EmbeddedKafkaBroker kafka;

    static Map<String, Object> deskBooking(UUID type, UUID practitioner, String start, Object patient) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appointmentTypeId", type.toString());
        body.put("practitionerId", practitioner.toString());
        body.put("start", start);
        if (patient instanceof UUID id) {
            body.put("patientId", id.toString());
        } else {
            body.put("patient", patient);
        }
        return body;
    }

    @Test
    void aCallerWithoutEmailIsBookedByPhoneInsideTheMinimumNotice() {
        // 08:00 today is one hour away: too soon online, fine for the desk.
        var patient = Map.of("firstName", "Walter", "lastName", "Brandt", "phone", "(555) 555-0177");
        var online = http.post("/api/booking/appointments", TestBookings.online(EVALUATION, OKAFOR,
                "2026-11-30T08:00:00-05:00", "w@example.org"));
        var desk = http.post("/api/booking/desk/appointments",
                deskBooking(EVALUATION, OKAFOR, "2026-11-30T08:00:00-05:00", patient), DESK);

        assertThat(online.status()).isEqualTo(409);
        assertThat(desk.status()).as(desk.body()).isEqualTo(201);
        assertThat(desk.json().get("channel").asString()).isEqualTo("PHONE");
        assertThat(desk.json().get("patient").get("phone").asString()).isEqualTo("+15555550177");
        assertThat(desk.json().get("patient").get("email").isNull()).isTrue();
    }

    @Test
    void aKnownPatientIsBookedByIdAndFoundAgainByPhone() {
        var first = http.post("/api/booking/desk/appointments", deskBooking(ADJUSTMENT, LIN,
                "2026-12-01T11:00:00-05:00", Map.of("firstName", "Rosa", "lastName", "Diaz", "phone", "+1 555 555 0188")),
                DESK);
        var found = http.get("/api/booking/patients?q=555-555-0188", DESK).json();
        assertThat(found).hasSize(1);
        UUID patientId = UUID.fromString(found.get(0).get("id").asString());

        var second = http.post("/api/booking/desk/appointments",
                deskBooking(ADJUSTMENT, LIN, "2026-12-01T12:00:00-05:00", patientId), DESK);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("patient").get("firstName").asString()).isEqualTo("Rosa");
        assertThat(jdbc.sql("SELECT count(*) FROM patient").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void patientsAreFoundByNamePrefixEmailAndPhone() {
        http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00",
                "ana.ruiz@example.org"));

        assertThat(http.get("/api/booking/patients?q=ru", DESK).json()).hasSize(1);
        assertThat(http.get("/api/booking/patients?q=ANA.RUIZ@example.org", DESK).json()).hasSize(1);
        assertThat(http.get("/api/booking/patients?q=%2B1%20555%20555%200123", DESK).json()).hasSize(1);
        assertThat(http.get("/api/booking/patients?q=zz", DESK).json()).isEmpty();
        assertThat(http.get("/api/booking/patients?q=%25", DESK).json()).isEmpty();
        assertThat(http.get("/api/booking/patients?q=", DESK).status()).isEqualTo(400);
        assertThat(http.get("/api/booking/patients?q=ru").status()).isEqualTo(401);
    }

    @Test
    void notifyFalseIsCarriedToTheEvent() {
        var body = deskBooking(ADJUSTMENT, LIN, "2026-12-01T13:00:00-05:00",
                Map.of("firstName", "Quiet", "lastName", "Caller", "email", "quiet@example.org"));
        body.put("notify", false);
        var booked = http.post("/api/booking/desk/appointments", body, DESK);

        var event = TopicReader.eventsFor(kafka, booked.json().get("id").asString(), 1).get(0);
        assertThat(event.get("appointment").get("notifyPatient").asBoolean()).isFalse();
        assertThat(event.get("appointment").get("channel").asString()).isEqualTo("PHONE");
    }

    @Test
    void deskBookingNeedsExactlyOnePatientAndAStaffToken() {
        var neither = deskBooking(ADJUSTMENT, LIN, "2026-12-01T13:00:00-05:00", null);
        neither.remove("patient");
        assertThat(http.post("/api/booking/desk/appointments", neither, DESK).status()).isEqualTo(400);
        assertThat(http.post("/api/booking/desk/appointments",
                deskBooking(ADJUSTMENT, LIN, "2026-12-01T13:00:00-05:00", UUID.randomUUID()), DESK).status()).isEqualTo(400);
        var valid = deskBooking(ADJUSTMENT, LIN, "2026-12-01T13:00:00-05:00", Map.of("firstName", "A", "lastName", "B"));
        assertThat(http.post("/api/booking/desk/appointments", valid).status()).isEqualTo(401);
        assertThat(http.post("/api/booking/desk/appointments", valid, "X-Manage-Token", "x").status()).isEqualTo(401);
        assertThat(http.post("/api/booking/desk/appointments", valid,
                "Authorization", "Bearer " + StaffTokens.valid("EDITOR")).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isZero();
    }

    @Test
    void everyBookingLeavesAnAuditRowNamingWhoBooked() {
        var booked = http.post("/api/booking/desk/appointments", deskBooking(ADJUSTMENT, LIN,
                "2026-12-01T13:30:00-05:00", Map.of("firstName", "A", "lastName", "B")), DESK);

        var row = jdbc.sql("SELECT actor_type, actor, action FROM appointment_audit WHERE appointment_id = :id")
                .param("id", UUID.fromString(booked.json().get("id").asString()))
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3)).single();
        assertThat(row).isEqualTo("STAFF/desk/BOOKED");
    }
}
