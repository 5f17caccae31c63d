package org.clinic.booking.appointment;

import org.clinic.testsupport.PageClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clinic.booking.BookingIntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The details form sent as a browser without JavaScript sends it, and the confirmation it leads to. */
class BookingFormIT extends BookingIntegrationTest {

    private static final String START = "2026-12-01T11:00:00-05:00";

    private PageClient browser;

    @BeforeEach
    void openBrowser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @Test
    void aBookingRedirectsToItsConfirmationWhichOnlyThisBrowserCanSee() {
        var sent = browser.post("/book/details", filledIn(START, "ana@example.org"));

        assertThat(sent.status()).isEqualTo(303);
        String reference = sent.header("Location").substring("/book/confirmed/".length());
        assertThat(reference).matches("[A-Z2-9]{8}");
        assertThat(sent.header("Set-Cookie")).startsWith("manage_" + reference + "=")
                .contains("Path=/", "HttpOnly", "SameSite=Strict", "Max-Age=7200").doesNotContain("Secure");

        var confirmation = browser.get(sent.header("Location"));
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.one("#reference").attr("data-reference")).isEqualTo(reference);
        assertThat(confirmation.one("#reference").text().replace(" ", "")).isEqualTo(reference);
        assertThat(confirmation.body()).contains("Tuesday 1 December 2026, 11:00 AM",
                "Eastern Time (America/New_York)", "Chiropractic adjustment", "Dr. Maya Lin, DC",
                "1200 Riverbend Avenue, Springfield", "tel:5555550142", "ana@example.org", "24 hours");
        assertThat(confirmation.one("#add-to-calendar").attr("href")).isEqualTo("/manage/" + reference + "/calendar.ics");
        assertThat(confirmation.one("#manage-link").attr("href")).isEqualTo("/manage/" + reference);
        assertThat(confirmation.header("Cache-Control")).isEqualTo("no-store");
        assertThat(jdbc.sql("SELECT channel || ' ' || source FROM appointment").query(String.class).single())
                .isEqualTo("ONLINE back-pain");

        browser.forgetCookies();
        assertThat(browser.get("/book/confirmed/" + reference).status()).isEqualTo(404);
    }

    @Test
    void aDoubleClickOrResentFormBooksOnceAndShowsTheSameConfirmation() {
        var form = filledIn(START, "twice@example.org");

        var first = browser.post("/book/details", form);
        var second = browser.post("/book/details", form);

        assertThat(first.status()).isEqualTo(303);
        assertThat(second.status()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fieldErrorsAreShownNextToTheirFieldsWithEverythingTypedKept() {
        var form = filledIn(START, "ana-at-example.org");
        form.put("firstName", " ");
        form.put("notes", "n".repeat(1001));

        var page = browser.post("/book/details", form);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.doc().select("#error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#firstName", "#email", "#notes");
        var email = page.one("#email");
        assertThat(email.val()).isEqualTo("ana-at-example.org");
        assertThat(email.attr("aria-invalid")).isEqualTo("true");
        assertThat(email.attr("aria-describedby")).isEqualTo("email-hint email-error");
        assertThat(page.one("#email-error").text()).contains("Enter an email address like name@example.com");
        assertThat(page.one("#firstName-error").text()).contains("Enter your first name");
        assertThat(page.one("#lastName").val()).isEqualTo("Ruiz");
        assertThat(page.one("#lastName").hasAttr("aria-invalid")).isFalse();
        assertThat(page.one("#phone").val()).isEqualTo("(555) 555-0123");
        assertThat(page.one("#notes").val()).hasSize(1001);
        assertThat(PageClient.fields(page.one("form.booking-form"))).containsEntry("start", START)
                .containsEntry("practitionerId", LIN.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isZero();
    }

    @Test
    void aPhoneTheApiCannotReadIsShownAtThePhoneField() {
        var form = filledIn(START, "ana@example.org");
        form.put("phone", "call me maybe");

        var page = browser.post("/book/details", form);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.one("#phone").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.one("#phone-error").text()).contains("Enter a phone number we can call");
        assertThat(page.one("#phone").val()).isEqualTo("call me maybe");
        assertThat(page.one("#error-summary a").attr("href")).isEqualTo("#phone");
    }

    @Test
    void aTimeTakenMeanwhileOffersTheNearestFreeTimesAndKeepsWhatWasTyped() {
        var other = http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN, START, "quick@example.org"));
        assertThat(other.status()).isEqualTo(201);

        var page = browser.post("/book/details", filledIn(START, "slow@example.org"));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.one("#slot-taken").text()).contains("no longer free", "Tuesday 1 December 2026, 11:00 AM");
        var choices = page.doc().select("input[type=radio][name=slot]");
        assertThat(choices).hasSizeBetween(1, 6);
        assertThat(page.doc().select("#alternatives label")).extracting(Element::text)
                .contains("Tuesday 1 December, 11:30 AM").doesNotContain("Tuesday 1 December, 11:00 AM");
        assertThat(page.one("#firstName").val()).isEqualTo("Ana");
        assertThat(page.one("#email").val()).isEqualTo("slow@example.org");

        var form = PageClient.fields(page.one("form.booking-form"));
        form.put("slot", page.doc().select("#alternatives input").stream()
                .filter(i -> i.val().startsWith("2026-12-01T11:30")).findFirst().orElseThrow().val());
        var booked = browser.post("/book/details", form);

        assertThat(booked.status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE start_at = CAST('2026-12-01T16:30:00Z' AS timestamptz)")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputNeverGetsA500() {
        String longName = "x".repeat(101);
        Map<String, Map<String, String>> cases = Map.ofEntries(
                Map.entry("empty form", Map.of()),
                Map.entry("empty details", with("firstName", "", "lastName", "", "email", "", "phone", "")),
                Map.entry("too long", with("firstName", longName, "lastName", longName + longName)),
                Map.entry("wrong email", with("email", "@@")),
                Map.entry("year 9999", with("start", "9999-12-01T11:00:00-05:00")),
                Map.entry("far beyond 9999", with("start", "+999999999-12-31T23:59:59-18:00")),
                Map.entry("unparsable start", with("start", "tomorrow at nine")),
                Map.entry("unknown type", with("appointmentTypeId", java.util.UUID.randomUUID().toString())),
                Map.entry("not a uuid", with("appointmentTypeId", "1 OR 1=1")),
                Map.entry("practitioner without the type", with("practitionerId", OKAFOR.toString())),
                Map.entry("tampered source", with("source", "<script>alert(1)</script>")),
                Map.entry("tampered slot", with("slot", "nonsense")),
                Map.entry("no key", with("idempotencyKey", "")),
                Map.entry("absurd key", with("idempotencyKey", "k".repeat(500))));
        cases.forEach((name, changes) -> {
            var form = name.equals("empty form") ? new java.util.HashMap<String, String>() : filledIn(START, "b@example.org");
            form.putAll(changes);
            var page = browser.post("/book/details", form);
            assertThat(page.status()).as(name).isBetween(400, 499);
            assertThat(page.body()).as(name).doesNotContain("Exception", "<script>alert");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isZero();
    }

    private static Map<String, String> with(String... pairs) {
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static Map<String, String> filledIn(String start, String email) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("appointmentTypeId", ADJUSTMENT.toString());
        form.put("practitionerId", LIN.toString());
        form.put("start", start);
        form.put("source", "back-pain");
        form.put("idempotencyKey", java.util.UUID.randomUUID().toString());
        form.put("firstName", "Ana");
        form.put("lastName", "Ruiz");
        form.put("email", email);
        form.put("phone", "(555) 555-0123");
        form.put("notes", "");
        return form;
    }
}
