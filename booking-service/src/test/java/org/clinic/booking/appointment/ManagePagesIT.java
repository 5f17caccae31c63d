package org.clinic.booking.appointment;

import org.clinic.testsupport.PageClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clinic.booking.BookingIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The manage pages: the link's token is posted once from a form (never in a URL) and becomes a cookie for that
 * appointment; without it every page of the appointment is the same 404 as an unknown reference.
 */
class ManagePagesIT extends BookingIntegrationTest {

    private PageClient browser;

    @BeforeEach
    void openBrowser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @Test
    void withoutTheCookieThePageAsksForTheLinkCodeInAForm() {
        JsonNode booked = book("2026-12-01T11:00:00-05:00");

        var page = browser.get("/manage/" + reference(booked).toLowerCase());

        assertThat(page.status()).isEqualTo(200);
        var form = page.one("#token-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/manage/" + reference(booked));
        assertThat(page.one("label[for=token]").text()).isEqualTo("Your link code");
        assertThat(page.one("#token").attr("name")).isEqualTo("token");
        assertThat(page.one("#token-hint").text()).contains("#token=");
        assertThat(page.body()).doesNotContain("Ana", "Dr. Maya Lin");
    }

    @Test
    void aWrongTokenOrReferenceIsTheSame404AsAnUnknownPage() {
        JsonNode booked = book("2026-12-01T11:00:00-05:00");

        var wrongToken = browser.post("/manage/" + reference(booked), Map.of("token", "not-the-token"));
        var noToken = browser.post("/manage/" + reference(booked), Map.of());
        var unknown = browser.post("/manage/ABCDEFGH", Map.of("token", token(booked)));
        var nonsense = browser.get("/manage/..%2F..%2Fetc");
        // A page path the gateway sends here; others are not routed to this service at all.
        var unknownPage = browser.get("/book/no-such-page");

        assertThat(wrongToken.status()).isEqualTo(404);
        assertThat(noToken.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(nonsense.status()).isBetween(400, 404);
        assertThat(wrongToken.headers("Set-Cookie")).isEmpty();
        assertThat(wrongToken.one("h1").text()).isEqualTo(unknownPage.one("h1").text());
        assertThat(unknown.body()).isEqualTo(wrongToken.body());
    }

    @Test
    void theRightTokenSetsTheCookieAndRedirectsToTheVisit() {
        JsonNode booked = book("2026-12-01T11:00:00-05:00");

        var opened = browser.post("/manage/" + reference(booked), Map.of("token", token(booked)));

        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.header("Location")).isEqualTo("/manage/" + reference(booked));
        assertThat(opened.header("Set-Cookie")).startsWith("manage_" + reference(booked) + "=" + token(booked) + ";")
                .contains("HttpOnly", "SameSite=Strict", "Path=/");
        var visit = browser.get(opened.header("Location"));
        assertThat(visit.one("#status").text()).isEqualTo("Booked");
        assertThat(visit.body()).contains("Tuesday 1 December 2026, 11:00 AM", "Eastern Time (America/New_York)",
                "Chiropractic adjustment",
                "Dr. Maya Lin, DC", reference(booked));
        assertThat(visit.one("#reschedule").attr("href")).isEqualTo("/manage/" + reference(booked) + "/reschedule");
        assertThat(visit.one("#cancel").attr("href")).isEqualTo("/manage/" + reference(booked) + "/cancel");
        assertThat(visit.header("Cache-Control")).isEqualTo("no-store");
        assertThat(visit.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(browser.get("/manage/" + reference(booked) + "/nothing-here").header("Referrer-Policy"))
                .isEqualTo("no-referrer");
    }

    @Test
    void thePastedWholeLinkWorksAsWellAsTheCode() {
        JsonNode booked = book("2026-12-01T11:00:00-05:00");
        String link = "http://localhost:8080/manage/" + reference(booked) + "#token=" + token(booked);

        assertThat(browser.post("/manage/" + reference(booked), Map.of("token", link)).status()).isEqualTo(303);
    }

    @Test
    void theCalendarFileNeedsTheCookie() {
        JsonNode booked = book("2026-12-01T11:00:00-05:00");
        String ics = "/manage/" + reference(booked) + "/calendar.ics";

        assertThat(browser.get(ics).status()).isEqualTo(404);
        browser.post("/manage/" + reference(booked), Map.of("token", token(booked)));
        var calendar = browser.get(ics);

        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.header("Content-Type")).startsWith("text/calendar");
        assertThat(calendar.body()).contains("BEGIN:VCALENDAR", "UID:" + booked.get("id").asString());
        assertThat(calendar.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void aBookingThroughThePagesOpensItsManagePageInTheSameBrowser() {
        var sent = browser.post("/book/details", BookingFormIT.filledIn("2026-12-01T12:00:00-05:00", "m@example.org"));
        String reference = sent.header("Location").substring("/book/confirmed/".length());

        var visit = browser.get("/manage/" + reference);

        assertThat(visit.one("#status").text()).isEqualTo("Booked");
        assertThat(browser.get("/manage/" + reference + "/calendar.ics").status()).isEqualTo(200);
    }

    @Test
    void insideTheCutoffsThePageSaysSoAndShowsThePhoneInsteadOfTheActions() {
        // Six hours ahead of the pinned clock: inside both 24-hour cutoffs.
        JsonNode booked = http.post("/api/booking/appointments", TestBookings.online(EVALUATION, OKAFOR,
                "2026-11-30T13:00:00-05:00", "late@example.org")).json();
        browser.post("/manage/" + reference(booked), Map.of("token", token(booked)));

        var visit = browser.get("/manage/" + reference(booked));

        assertThat(visit.doc().select("#cancel, #reschedule")).isEmpty();
        assertThat(visit.one("#too-late").text()).contains("24 hours", "(555) 555-0142");
        assertThat(visit.one("#call-clinic").attr("href")).isEqualTo("tel:5555550142");
        var refused = browser.post("/manage/" + reference(booked) + "/cancel", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.one("#problem").text()).contains("Too late to cancel online", "(555) 555-0142");
        assertThat(browser.get("/manage/" + reference(booked) + "/reschedule").doc().select("a.slot")).isEmpty();
        assertThat(status(booked)).isEqualTo("BOOKED");
    }

    JsonNode book(String start) {
        var response = http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN, start,
                "ana@example.org"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static String reference(JsonNode booked) {
        return booked.get("reference").asString();
    }

    static String token(JsonNode booked) {
        return booked.get("manageToken").asString();
    }

    String status(JsonNode booked) {
        return jdbc.sql("SELECT status FROM appointment WHERE reference = :r").param("r", reference(booked))
                .query(String.class).single();
    }
}
