package org.clinic.booking.desk.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.PageClient;
import org.clinic.booking.appointment.TestBookings;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The new-booking page with JavaScript off: choose or create the patient, a free time, book once, read back. */
class CallerBookingPagesIT extends BookingIntegrationTest {

    static final String[] DESK = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};
    static final String[] POST = {"Authorization", DESK[1], "Sec-Fetch-Site", "same-origin"};

    private PageClient browser;
    private UUID jane;

    @BeforeEach
    void browserAndPatient() {
        browser = new PageClient("http://localhost:" + port);
        jane = UUID.randomUUID();
        jdbc.sql("INSERT INTO patient (id, first_name, last_name, email, phone) VALUES (:id, 'Jane', 'Doe',"
                + " 'jane.doe@example.org', '+15555550123')").param("id", jane).update();
    }

    @Test
    void anExistingPatientIsFoundChosenAndBookedThenReadBack() {
        var found = post(form(browser.get("/desk/book", DESK)), "q", "doe", "step", "find");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.one("#patient-results .patient-choice").text()).contains("Doe, Jane", "(555) 555-0123");

        var chosen = post(form(found), "choosePatient", jane.toString());
        assertThat(chosen.one("#chosen-patient").text()).contains("Jane Doe", "jane.doe@example.org");
        var fields = form(chosen);
        fields.put("slot", chosen.one("#times input[name=slot]").val());
        var booked = post(fields);

        assertThat(booked.status()).isEqualTo(303);
        var done = browser.get(booked.header("Location"), DESK);
        String reference = done.one("#reference").text();
        assertThat(booked.header("Location")).isEqualTo("/desk/book/done/" + reference);
        assertThat(done.one("#read-back").text()).matches(
                "\\w+day \\d+ \\w+ at \\d+:\\d\\d [AP]M with .+, Initial evaluation, at 1200 Riverbend Avenue, Springfield");
        assertThat(done.one("#see-day").attr("href")).startsWith("/desk?date=2026-1");
        assertThat(jdbc.sql("SELECT channel FROM appointment WHERE patient_id = :p").param("p", jane)
                .query(String.class).single()).isEqualTo("PHONE");
    }

    @Test
    void aNewCallerWithoutEmailIsCreatedOnBooking() {
        var page = browser.get("/desk/book?date=2026-12-01", DESK);
        var fields = form(page);
        fields.putAll(Map.of("firstName", "Walter", "lastName", "Brandt", "phone", "(555) 555-0177",
                "slot", page.one("#times input[name=slot]").val()));

        var booked = post(fields);

        assertThat(booked.status()).as(booked.body()).isEqualTo(303);
        var patient = jdbc.sql("SELECT email, phone FROM patient WHERE last_name = 'Brandt'")
                .query((rs, n) -> rs.getString("email") + " " + rs.getString("phone")).single();
        assertThat(patient).isEqualTo("null +15555550177");
        assertThat(browser.get(booked.header("Location"), DESK).body()).contains("No email on file");
    }

    @Test
    void aDoubleSubmitWithTheSameKeyBooksOnce() {
        var page = browser.get("/desk/book?date=2026-12-01", DESK);
        var fields = form(page);
        fields.putAll(Map.of("patientId", jane.toString(), "slot", page.one("#times input[name=slot]").val()));

        var first = post(fields);
        var second = post(fields);

        assertThat(first.status()).isEqualTo(303);
        assertThat(second.status()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFreeCellOfTheDayGridPrefillsPractitionerDayAndTime() {
        var page = browser.get("/desk/book?practitionerId=" + LIN + "&start=2026-12-01T11:00:00-05:00", DESK);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.one("#practitionerId option[selected]").val()).isEqualTo(LIN.toString());
        assertThat(page.one("#date").val()).isEqualTo("2026-12-01");
        assertThat(page.one("#times input[name=slot][checked]").val()).isEqualTo("2026-12-01T11:00:00-05:00|" + LIN);
        assertThat(page.one("#patient-search").hasAttr("autofocus")).isTrue();
    }

    @Test
    void aTimeTakenMeanwhileShowsTheFormAgainWithTheNextFreeTimesAndNothingLost() {
        var page = browser.get("/desk/book?practitionerId=" + LIN + "&start=2026-12-01T11:00:00-05:00", DESK);
        var fields = form(page);
        fields.putAll(Map.of("firstName", "Walter", "lastName", "Brandt", "notes", "Left knee"));
        http.post("/api/booking/appointments", TestBookings.online(EVALUATION, LIN, "2026-12-01T11:00:00-05:00",
                "other@example.org"));

        var again = post(fields);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.one("#slot-taken h2").text()).isEqualTo("That time was just taken");
        assertThat(again.one("#firstName").val()).isEqualTo("Walter");
        assertThat(again.one("#notes").text()).isEqualTo("Left knee");
        assertThat(again.doc().select("#times input[name=slot]")).isNotEmpty()
                .noneMatch(radio -> radio.val().startsWith("2026-12-01T11:00:00-05:00"));
        assertThat(again.one("input[name=idempotencyKey]").val()).isNotEqualTo(fields.get("idempotencyKey"));
    }

    @Test
    void badInputShowsTheFormAgainWithMessagesLinkedToTheFields() {
        var page = browser.get("/desk/book?date=2026-12-01", DESK);
        var fields = form(page);
        fields.put("slot", page.one("#times input[name=slot]").val());

        var noName = post(fields);
        fields.putAll(Map.of("firstName", "Walter", "lastName", "Brandt", "phone", "call me"));
        var badPhone = post(fields);
        fields.putAll(Map.of("phone", "", "date", "1st of December"));
        var badDate = post(fields);

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.one("#error-summary a").attr("href")).isEqualTo("#patient-search");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.one("#error-summary a[href=#phone]").text()).contains("phone number");
        assertThat(badPhone.one("#firstName").val()).isEqualTo("Walter");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.one("#error-summary a[href=#date]").text()).contains("date like 2026-12-01");
        assertThat(badDate.one("#date").val()).isEqualTo("1st of December");
        assertThat(browser.get("/desk/book?date=soon", DESK).status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isZero();
    }

    @Test
    void anEditorIsRefused() {
        var page = browser.get("/desk/book", "Authorization", "Bearer " + StaffTokens.valid("EDITOR"));

        assertThat(page.status()).isEqualTo(403);
    }

    private PageClient.Page post(Map<String, String> fields, String... extra) {
        for (int i = 0; i < extra.length; i += 2) {
            fields.put(extra[i], extra[i + 1]);
        }
        return browser.post("/desk/book", fields, POST);
    }

    /** What the browser would send: inputs, the checked radio, and the selected options of the selects. */
    private static Map<String, String> form(PageClient.Page page) {
        var form = page.one("#caller-form");
        var fields = PageClient.fields(form);
        for (var select : form.select("select[name]")) {
            var selected = select.selectFirst("option[selected]");
            fields.put(select.attr("name"), selected == null ? select.selectFirst("option").val() : selected.val());
        }
        return fields;
    }
}
