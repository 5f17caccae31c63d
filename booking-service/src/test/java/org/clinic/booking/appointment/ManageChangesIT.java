package org.clinic.booking.appointment;

import org.clinic.testsupport.PageClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clinic.booking.BookingIntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Cancelling and rescheduling from the manage page: links only lead to forms, and only their POSTs change things. */
class ManageChangesIT extends BookingIntegrationTest {

    private PageClient browser;
    private JsonNode booked;
    private String manage;

    @BeforeEach
    void bookAndOpenTheManagePage() {
        browser = new PageClient("http://localhost:" + port);
        var response = http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                "2026-12-01T11:00:00-05:00", "ana@example.org"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        booked = response.json();
        manage = "/manage/" + ManagePagesIT.reference(booked);
        assertThat(browser.post(manage, Map.of("token", ManagePagesIT.token(booked))).status()).isEqualTo(303);
    }

    @Test
    void cancellingAsksFirstThenThePostCancelsAndTheVisitShowsCancelled() {
        var confirm = browser.get(manage + "/cancel");
        assertThat(status()).isEqualTo("BOOKED");
        assertThat(confirm.one("#confirm-cancel").attr("type")).isEqualTo("submit");
        assertThat(confirm.one("label[for=reason]").text()).contains("optional");

        var cancelled = browser.post(manage + "/cancel", Map.of("reason", "Feeling better"));

        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(cancelled.header("Location")).isEqualTo(manage + "?changed=cancelled");
        var visit = browser.get(cancelled.header("Location"));
        assertThat(visit.one("#status").text()).isEqualTo("Cancelled");
        assertThat(visit.one("#changed").hasClass("notice--ok")).isTrue();
        assertThat(visit.one("#book-again").attr("href")).isEqualTo("/book?appointmentTypeId=" + ADJUSTMENT);
        assertThat(visit.doc().select("#cancel, #reschedule, #add-to-calendar")).isEmpty();
        assertThat(status()).isEqualTo("CANCELLED");
    }

    @Test
    void anOverlongReasonIsShownAgainWithItsErrorAndNothingIsCancelled() {
        var page = browser.post(manage + "/cancel", Map.of("reason", "r".repeat(501)));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.one("#reason-error").text()).contains("at most 500 characters");
        assertThat(page.one("#reason").val()).hasSize(501);
        assertThat(page.one("#reason").attr("aria-describedby")).isEqualTo("reason-error");
        assertThat(status()).isEqualTo("BOOKED");
    }

    @Test
    void withoutTheCookieNoChangeIsPossible() {
        browser.forgetCookies();

        assertThat(browser.post(manage + "/cancel", Map.of()).status()).isEqualTo(404);
        assertThat(browser.post(manage + "/reschedule", Map.of("start", "2026-12-02T09:00:00-05:00")).status())
                .isEqualTo(404);
        assertThat(browser.get(manage + "/reschedule").status()).isEqualTo(404);
        assertThat(status()).isEqualTo("BOOKED");
    }

    @Test
    void aCancelPostedFromAnotherSiteIsRefusedEvenWithTheCookie() {
        var forged = browser.post(manage + "/cancel", Map.of(), "Sec-Fetch-Site", "cross-site");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(status()).isEqualTo("BOOKED");
    }

    @Test
    void reschedulingPicksATimeFromTheSameWeekPickerThenConfirmsWithAPost() {
        var picker = browser.get(manage + "/reschedule");
        assertThat(picker.doc().select("a.chip[aria-current]")).extracting(Element::text)
                .containsExactly("Dr. Maya Lin, DC");
        var slot = picker.one("a.slot[aria-label='Wednesday 2 December, 9:00 AM']");
        assertThat(slot.attr("href")).startsWith(manage + "/reschedule/confirm?start=2026-12-02T09%3A00%3A00-05%3A00");

        var confirm = browser.get(slot.attr("href"));
        assertThat(confirm.one("#new-time").text()).isEqualTo("Wednesday 2 December 2026, 9:00 AM");
        assertThat(start()).isEqualTo("2026-12-01T16:00Z");
        var moved = browser.post(manage + "/reschedule", PageClient.fields(confirm.one("form")));

        assertThat(moved.status()).isEqualTo(303);
        assertThat(moved.header("Location")).isEqualTo(manage + "?changed=rescheduled");
        var visit = browser.get(moved.header("Location"));
        assertThat(visit.one("#changed").text()).contains("moved");
        assertThat(visit.body()).contains("Wednesday 2 December 2026, 9:00 AM");
        assertThat(start()).isEqualTo("2026-12-02T14:00Z");
    }

    @Test
    void aTimeTakenBeforeTheRescheduleIsConfirmedOffersNearbyFreeTimes() {
        var confirm = browser.get(manage + "/reschedule/confirm?start=2026-12-02T09%3A00%3A00-05%3A00&practitionerId=" + LIN);
        assertThat(http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                "2026-12-02T09:00:00-05:00", "quick@example.org")).status()).isEqualTo(201);

        var refused = browser.post(manage + "/reschedule", PageClient.fields(confirm.one("form")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.one("#slot-taken").text()).contains("no longer free");
        assertThat(refused.doc().select("#slot-taken a.slot")).isNotEmpty().allSatisfy(a -> assertThat(a.attr("href"))
                .startsWith(manage + "/reschedule/confirm?start="));
        assertThat(refused.doc().select("#slot-taken a.slot")).extracting(Element::text)
                .contains("Wednesday 2 December, 9:30 AM").doesNotContain("Wednesday 2 December, 9:00 AM");
        assertThat(start()).isEqualTo("2026-12-01T16:00Z");
    }

    private String status() {
        return jdbc.sql("SELECT status FROM appointment WHERE reference = :r")
                .param("r", ManagePagesIT.reference(booked)).query(String.class).single();
    }

    private String start() {
        return jdbc.sql("SELECT start_at FROM appointment WHERE reference = :r")
                .param("r", ManagePagesIT.reference(booked)).query(java.time.OffsetDateTime.class).single()
                .toInstant().toString().replace(":00Z", "Z");
    }
}
