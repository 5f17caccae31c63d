package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Client mistakes get a 4xx problem body that says what is wrong, and nothing is stored. */
class BadBookingInputIT extends BookingIntegrationTest {

    private static final String START = "2026-12-01T11:00:00-05:00";

    @AfterEach
    void nothingWasStored() {
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM patient").query(Long.class).single()).isZero();
    }

    @Test
    void malformedJsonIsA400Problem() {
        assertProblem(http.post("/api/booking/appointments", "{\"appointmentTypeId\": "), 400);
        assertProblem(http.post("/api/booking/appointments", "[1, 2]"), 400);
        assertProblem(http.post("/api/booking/appointments", ""), 400);
    }

    @Test
    void wrongTypesAreA400Problem() {
        var body = TestBookings.online(ADJUSTMENT, LIN, START, "a@example.org");
        body.put("appointmentTypeId", "not-a-uuid");
        assertProblem(http.post("/api/booking/appointments", body), 400);
        body = TestBookings.online(ADJUSTMENT, LIN, "tomorrow at nine", "a@example.org");
        assertProblem(http.post("/api/booking/appointments", body), 400);
        body = TestBookings.online(ADJUSTMENT, LIN, START, "a@example.org");
        body.put("patient", 42);
        assertProblem(http.post("/api/booking/appointments", body), 400);
    }

    @Test
    void missingAndInvalidFieldsAreNamed() {
        var body = TestBookings.online(ADJUSTMENT, LIN, START, "not-an-email");
        body.remove("practitionerId");
        var response = http.post("/api/booking/appointments", body);
        assertProblem(response, 400);
        assertThat(response.json().get("errors").toString()).contains("practitionerId", "patient.email");
    }

    @Test
    void aPhoneThatCannotBeANumberIsRejected() {
        var body = TestBookings.online(ADJUSTMENT, LIN, START, "a@example.org");
        body.put("patient", TestBookings.patient("Ana", "Ruiz", "a@example.org", "call me maybe"));
        var response = http.post("/api/booking/appointments", body);
        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("patient.phone");
    }

    @Test
    void unknownIdsAreA400() {
        assertProblem(http.post("/api/booking/appointments", TestBookings.online(
                java.util.UUID.randomUUID(), LIN, START, "a@example.org")), 400);
        assertProblem(http.post("/api/booking/appointments", TestBookings.online(
                ADJUSTMENT, java.util.UUID.randomUUID(), START, "a@example.org")), 400);
        // Jordan Okafor does not do chiropractic adjustments.
        assertProblem(http.post("/api/booking/appointments", TestBookings.online(
                ADJUSTMENT, OKAFOR, START, "a@example.org")), 400);
    }

    @Test
    void hugeStringsAreRejected() {
        String tenKb = "x".repeat(10_000);
        var body = TestBookings.online(ADJUSTMENT, LIN, START, "a@example.org");
        body.put("patient", TestBookings.patient(tenKb, "Ruiz", "a@example.org", "+15555550123"));
        assertProblem(http.post("/api/booking/appointments", body), 400);
        body = TestBookings.online(ADJUSTMENT, LIN, START, "a@example.org");
        body.put("notes", tenKb);
        assertProblem(http.post("/api/booking/appointments", body), 400);
    }

    @Test
    void timesThatAreNotFreeSlotsAreAConflict() {
        for (String start : new String[] {"2026-12-01T11:07:00-05:00", "2026-11-30T08:00:00-05:00",
                "2026-12-01T03:00:00-05:00", "0000-01-01T09:00:00Z", "9999-12-31T09:00:00Z",
                "2027-06-01T11:00:00-04:00"}) {
            assertProblem(http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN, start, "a@example.org")),
                    409);
        }
    }

    @Test
    void aNonJsonContentTypeIsA415() {
        var response = http.postRaw("/api/booking/appointments", "text/plain", "hello");
        assertProblem(response, 415);
    }

    @Test
    void badSlotQueriesAreA400() {
        String type = "appointmentTypeId=" + ADJUSTMENT;
        assertProblem(http.get("/api/booking/slots?" + type + "&from=2026-12-10&to=2026-12-01"), 400);
        assertProblem(http.get("/api/booking/slots?" + type + "&from=2026-12-01&to=2027-01-01"), 400);
        assertProblem(http.get("/api/booking/slots?" + type + "&from=2026-13-01&to=2026-12-01"), 400);
        assertProblem(http.get("/api/booking/slots?appointmentTypeId=nope&from=2026-12-01&to=2026-12-01"), 400);
        assertProblem(http.get("/api/booking/slots?from=2026-12-01&to=2026-12-01"), 400);
        assertProblem(http.get("/api/booking/slots?appointmentTypeId=" + java.util.UUID.randomUUID()
                + "&from=2026-12-01&to=2026-12-01"), 400);
    }

    @Test
    void absurdButWellFormedDatesSimplyHaveNoSlots() {
        var response = http.get("/api/booking/slots?appointmentTypeId=" + ADJUSTMENT + "&from=9999-12-01&to=9999-12-31");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("slots")).isEmpty();
        response = http.get("/api/booking/slots?appointmentTypeId=" + ADJUSTMENT + "&from=0001-01-01&to=0001-01-31");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("slots")).isEmpty();
    }

    private static void assertProblem(TestHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "SQL", "org.clinic", "\tat ");
    }

}
