package org.clinic.booking.appointment;

import org.clinic.testsupport.PageClient;
import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.booking.BookingIntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The steps before the details form, as a browser without JavaScript sees them. The clock stands at Monday
 * 30 November 2026, 07:00 in New York; with two hours' notice the first times are at 9:00 that morning.
 */
class BookPagesIT extends BookingIntegrationTest {

    private PageClient browser;

    @BeforeEach
    void openBrowser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @AfterEach
    void reopenTheClinic() {
        jdbc.sql("DELETE FROM clinic_closure").update();
    }

    @Test
    void withoutATypeThePageListsTheOnlineBookableTypesAsLinks() {
        var page = browser.get("/book?source=back-pain");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select("h1")).hasSize(1);
        var links = page.doc().select("a.type-link");
        assertThat(links).extracting(Element::text).contains("Initial evaluation", "Chiropractic adjustment");
        assertThat(links.get(0).attr("href")).isEqualTo("/book?appointmentTypeId=" + EVALUATION + "&source=back-pain");
        assertThat(page.body()).contains("60 minutes", "A full assessment of your history");
        assertThat(page.doc().select("meta[name=description]").attr("content")).startsWith("Book an appointment online");
    }

    @Test
    void anUnknownTypeSaysSoAndOffersTheOthers() {
        var page = browser.get("/book?appointmentTypeId=" + java.util.UUID.randomUUID());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.one("#unknown-type").text()).contains("can't be booked online");
        assertThat(page.doc().select("a.type-link")).isNotEmpty();
    }

    @Test
    void aChosenTypeOffersAnyoneOrEachPractitionerWhoOffersIt() {
        var page = browser.get("/book?appointmentTypeId=" + EVALUATION);

        var chips = page.doc().select(".practitioner-choice a.chip");
        assertThat(chips).extracting(Element::text)
                .containsExactly("Anyone", "Dr. Maya Lin, DC", "Jordan Okafor, DPT, OCS", "Priya Raman, PT, DPT");
        assertThat(chips.get(0).attr("aria-current")).isEqualTo("true");
        assertThat(chips.get(2).attr("href")).contains("practitionerId=" + OKAFOR);

        var okafor = browser.get("/book?appointmentTypeId=" + EVALUATION + "&practitionerId=" + OKAFOR);
        assertThat(okafor.doc().select("a.chip[aria-current]")).extracting(Element::text)
                .containsExactly("Jordan Okafor, DPT, OCS");
    }

    @Test
    void theWeekGroupsFreeTimesByDayInTheClinicsZoneWithEachTimeOnce() {
        var page = browser.get("/book?appointmentTypeId=" + EVALUATION);

        assertThat(page.one("#week-title").text()).contains("30 November – 6 December 2026");
        var days = page.doc().select(".day h3");
        assertThat(days.get(0).text()).isEqualTo("Monday 30 November");
        var monday = page.doc().select(".day").get(0).select("a.slot");
        // Okafor and Raman are both free at 9:00; "Anyone" shows the time once.
        assertThat(monday.get(0).text()).isEqualTo("9:00 AM");
        assertThat(monday.get(0).attr("aria-label")).isEqualTo("Monday 30 November, 9:00 AM");
        assertThat(monday).extracting(Element::text).doesNotHaveDuplicates();
        assertThat(monday.get(0).attr("href")).startsWith("/book/details?appointmentTypeId=" + EVALUATION)
                .contains("start=2026-11-30T09%3A00%3A00-05%3A00", "anyone=true");
        assertThat(page.doc().select("#earlier-week")).isEmpty();
        assertThat(page.one("#later-week").attr("href")).contains("week=2026-12-07");
        assertThat(page.one("[data-clinic-zone]").attr("data-clinic-zone")).isEqualTo("America/New_York");
        assertThat(page.one("[data-clinic-zone]").hasAttr("hidden")).isTrue();
        assertThat(page.body()).contains("Eastern Time (America/New_York)");
    }

    @Test
    void onFirstArrivalTheWeekWithTheFirstFreeTimeIsShown() {
        closeClinic("2026-11-30", "2026-12-06");

        var page = browser.get("/book?appointmentTypeId=" + ADJUSTMENT);

        assertThat(page.one("#week-title").text()).contains("7 December – 13 December 2026");
        assertThat(page.doc().select(".day h3").get(0).text()).isEqualTo("Monday 7 December");
        assertThat(page.one("#earlier-week").attr("href")).contains("week=2026-11-30");
    }

    @Test
    void anEmptyWeekSaysSoAndLinksToTheNextWeekWithFreeTimes() {
        closeClinic("2026-12-07", "2026-12-20");

        var page = browser.get("/book?appointmentTypeId=" + ADJUSTMENT + "&week=2026-12-09");

        assertThat(page.one("#week-title").text()).contains("7 December – 13 December 2026");
        assertThat(page.one("#no-slots").text()).isEqualTo("No free times this week.");
        assertThat(page.doc().select("a.slot")).isEmpty();
        assertThat(page.one("#next-free-week").attr("href")).contains("week=2026-12-21");
    }

    @Test
    void theDetailsFormSummarisesTheVisitAndCarriesAFreshIdempotencyKey() {
        String path = "/book/details?appointmentTypeId=" + ADJUSTMENT + "&practitionerId=" + LIN
                + "&start=2026-12-01T11%3A00%3A00-05%3A00&source=back-pain";
        var page = browser.get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.one("#chosen-time").text()).isEqualTo("Tuesday 1 December 2026, 11:00 AM");
        assertThat(page.one("#chosen-practitioner").text()).isEqualTo("Dr. Maya Lin, DC");
        var form = page.one("form.booking-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/book/details");
        var fields = PageClient.fields(form);
        assertThat(fields).containsEntry("appointmentTypeId", ADJUSTMENT.toString())
                .containsEntry("practitionerId", LIN.toString())
                .containsEntry("start", "2026-12-01T11:00:00-05:00").containsEntry("source", "back-pain")
                .containsKeys("firstName", "lastName", "email", "phone", "notes");
        assertThat(fields.get("idempotencyKey")).matches("[0-9a-f-]{36}")
                .isNotEqualTo(PageClient.fields(browser.get(path).one("form.booking-form")).get("idempotencyKey"));
        assertThat(form.selectFirst("#email").attr("type")).isEqualTo("email");
        assertThat(form.selectFirst("#email").attr("autocomplete")).isEqualTo("email");
        assertThat(form.selectFirst("#phone").attr("type")).isEqualTo("tel");
        assertThat(form.selectFirst("label[for=firstName]").text()).isEqualTo("First name");
        assertThat(form.selectFirst("#confirm-booking").attr("type")).isEqualTo("submit");
    }

    @Test
    void withHtmxTheWeekLinksSwapOnlyTheSlotWeekAndTheAssetsResolve() {
        var page = browser.get("/book?appointmentTypeId=" + ADJUSTMENT);

        var nav = page.one("#slot-week nav.week-nav");
        assertThat(nav.attr("hx-boost")).isEqualTo("true");
        assertThat(nav.attr("hx-select")).isEqualTo("#slot-week");
        assertThat(nav.attr("hx-target")).isEqualTo("#slot-week");
        assertThat(page.one("meta[name=htmx-config]").attr("content")).contains("\"allowEval\":false");
        for (Element asset : page.doc().select("script[src], link[rel=stylesheet]")) {
            String url = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
            assertThat(browser.get(url).status()).as(url).isEqualTo(200);
        }
        assertThat(page.doc().select("script[src*=htmx]")).hasSize(1);
    }

    @Test
    void bookingPagesAreNeverStoredAndKeepTheSitesReferrerPolicy() {
        var page = browser.get("/book?appointmentTypeId=" + ADJUSTMENT);

        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(page.body()).doesNotContain("<script>", "style=\"");
    }

    @Test
    void nonsenseInTheAddressIsA4xxPageNeverA500() {
        assertThat(browser.get("/book?appointmentTypeId=not-a-uuid").status()).isEqualTo(400);
        assertThat(browser.get("/book?appointmentTypeId=" + ADJUSTMENT + "&week=someday").status()).isEqualTo(400);
        assertThat(browser.get("/book?appointmentTypeId=" + ADJUSTMENT + "&week=9999-01-01").status()).isEqualTo(200);
        assertThat(browser.get("/book?appointmentTypeId=" + ADJUSTMENT + "&source=%3Cscript%3E").body())
                .doesNotContain("<script>");
        assertThat(browser.get("/book/details").status()).isEqualTo(400);
        assertThat(browser.get("/book/details?appointmentTypeId=" + ADJUSTMENT + "&practitionerId=" + OKAFOR
                + "&start=2026-12-01T11%3A00%3A00-05%3A00").status()).isEqualTo(400);
        assertThat(browser.get("/book/details?appointmentTypeId=" + ADJUSTMENT + "&practitionerId=" + LIN
                + "&start=tomorrow").status()).isEqualTo(400);
        var farAway = browser.get("/book/details?appointmentTypeId=" + ADJUSTMENT + "&practitionerId=" + LIN
                + "&start=9999-12-01T11%3A00%3A00-05%3A00");
        assertThat(farAway.status()).isEqualTo(200);
        assertThat(farAway.one("#slot-taken").text()).contains("no longer free");
        assertThat(farAway.doc().select("input[name=slot]")).isNotEmpty();
    }

    private void closeClinic(String from, String to) {
        jdbc.sql("INSERT INTO clinic_closure (id, first_day, last_day, created_by) VALUES (gen_random_uuid(), "
                + "CAST(:from AS date), CAST(:to AS date), 'test')").param("from", from).param("to", to).update();
    }
}
