package org.clinic.booking.desk.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.clinic.testsupport.PageClient;
import org.clinic.booking.hours.ScheduleChangeTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's hours pages with JavaScript off. Dr. Lin works Tuesday 2026-12-01 from 11:00 to 14:00 and from 15:00
 * to 19:00 (New York); the clock stands at Monday 2026-11-30 07:00 there.
 */
class DeskHoursPagesIT extends ScheduleChangeTest {

    private static final String LIN_PAGE = "/desk/hours/" + LIN;
    private static final String LIN_HOURS_API = "/api/booking/practitioners/" + LIN + "/working-hours";
    private static final String[] POST = {DESK[0], DESK[1], "Sec-Fetch-Site", "same-origin"};
    private static final String[] ADMIN_POST = {ADMIN[0], ADMIN[1], "Sec-Fetch-Site", "same-origin"};

    private PageClient browser;

    @BeforeEach
    void browser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @Test
    void theOverviewListsEachPractitionersWeekAndLinksToTheirPage() {
        var page = browser.get("/desk/hours", DESK);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.one("nav a[aria-current=page]").text()).isEqualTo("Hours");
        assertThat(page.doc().select(".hours-card").text()).contains("Dr. Maya Lin, DC",
                "Mon 9:00 AM–12:30 PM, 1:30 PM–5:00 PM", "Sat 9:00 AM–12:00 PM");
        assertThat(page.doc().select("a[href=" + LIN_PAGE + "]")).isNotEmpty();
    }

    @Test
    void closuresAreAnAdminsSettingTheFrontDeskSeesThemReadOnly() {
        jdbc.sql("INSERT INTO clinic_closure (id, first_day, last_day, reason, created_by) VALUES"
                + " (gen_random_uuid(), '2026-12-24', '2026-12-25', 'Holidays', 'admin')").update();

        var desk = browser.get("/desk/hours", DESK);
        var admin = browser.get("/desk/hours", ADMIN);

        assertThat(desk.one(".closure-summary").text()).contains("Holidays");
        assertThat(desk.doc().select("a[href^=/desk/hours/closures]")).isEmpty();
        assertThat(desk.one("#closures-by-admin").text()).isEqualTo("Closures are set by an administrator.");
        assertThat(admin.one("#manage-closures").attr("href")).isEqualTo("/desk/hours/closures");
        assertThat(admin.doc().select("#closures-by-admin")).isEmpty();
        assertThat(browser.get("/desk/hours/closures", DESK).status()).isEqualTo(403);
        assertThat(browser.post("/desk/hours/closures", Map.of("firstDay", "2026-12-28"), POST).status())
                .isEqualTo(403);
        String id = jdbc.sql("SELECT id FROM clinic_closure").query(String.class).single();
        assertThat(browser.post("/desk/hours/closures/" + id + "/remove", Map.of(), POST).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT reason FROM clinic_closure").query(String.class).list())
                .containsExactly("Holidays");
    }

    @Test
    void theWeekIsAFormOfTimeFieldsPerDayInTheClinicsZone() {
        var page = browser.get(LIN_PAGE, DESK);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("America/New_York");
        assertThat(page.one("#MONDAY-0-start").attr("type")).isEqualTo("time");
        assertThat(page.one("#MONDAY-0-start").val()).isEqualTo("09:00");
        assertThat(page.one("#MONDAY-1-end").val()).isEqualTo("17:00");
        assertThat(page.one("#MONDAY-2-start").val()).isEmpty();
        assertThat(page.one("label[for=MONDAY-1-end]").text()).isEqualTo("Monday, interval 2, To");
        assertThat(page.one("#SUNDAY-0-start").val()).isEmpty();
        assertThat(page.one("#week-form").hasAttr("data-draft")).isTrue();
    }

    @Test
    void aNewWeekIsSavedAndTheApiShowsIt() {
        var saved = browser.post(LIN_PAGE, week("MONDAY-0", "08:00", "12:00", "MONDAY-1", "13:00", "16:00",
                "FRIDAY-2", "10:00", "11:00"), POST);

        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo(LIN_PAGE + "?changed=hours");
        var api = http.get(LIN_HOURS_API, DESK).json().get("workingHours");
        assertThat(api).hasSize(3);
        assertThat(api.get(1).get("start").asString()).isEqualTo("13:00");
        assertThat(api.get(2).get("dayOfWeek").asString()).isEqualTo("FRIDAY");
        var page = browser.get(saved.header("Location"), DESK);
        assertThat(page.one("#notice").text()).isEqualTo("Weekly hours saved.");
        assertThat(page.doc().select("#conflicts")).isEmpty();
        assertThat(page.one("#FRIDAY-0-start").val()).isEqualTo("10:00");
        assertThat(page.one("#TUESDAY-0-start").val()).isEmpty();
    }

    @Test
    void overlappingOrBackwardIntervalsAre400WithTheFormAsTypedAndMessagesPerField() {
        String before = http.get(LIN_HOURS_API, DESK).body();

        var page = browser.post(LIN_PAGE, week("MONDAY-0", "09:00", "12:00", "MONDAY-1", "11:00", "13:00",
                "TUESDAY-0", "17:00", "09:00", "WEDNESDAY-0", "09:00", ""), POST);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.doc().title()).startsWith("Error: ");
        assertThat(page.doc().select("#error-summary a").eachAttr("href")).containsExactly("#WEDNESDAY-0-end");
        assertThat(page.one("#WEDNESDAY-0-start").val()).isEqualTo("09:00");

        page = browser.post(LIN_PAGE, week("MONDAY-0", "09:00", "12:00", "MONDAY-1", "11:00", "13:00",
                "TUESDAY-0", "17:00", "09:00"), POST);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.doc().select("#error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#MONDAY-1-start", "#TUESDAY-0-end");
        assertThat(page.one("#TUESDAY-0-end-error").text()).contains("Tuesday, interval 1: the end must be after");
        assertThat(page.one("#MONDAY-1-start").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.one("#MONDAY-1-start").val()).isEqualTo("11:00");
        assertThat(page.one("#TUESDAY-0-start").val()).isEqualTo("17:00");
        assertThat(http.get(LIN_HOURS_API, DESK).body()).isEqualTo(before);
    }

    @Test
    void hoursLeavingABookingOutsideAre409WithTheListAndStoreNothingUntilAppliedAnyway() {
        String reference = book(ADJUSTMENT, LIN, "2026-12-01T16:00:00-05:00");
        String before = http.get(LIN_HOURS_API, DESK).body();

        var page = browser.post(LIN_PAGE, week("MONDAY-0", "09:00", "17:00"), POST);

        assertThat(page.status()).isEqualTo(409);
        assertConflictListed(page, reference);
        assertThat(http.get(LIN_HOURS_API, DESK).body()).isEqualTo(before);
        assertThat(page.one("#MONDAY-0-end").val()).isEqualTo("17:00");

        var applied = browser.post(LIN_PAGE, PageClient.fields(page.one("#apply-anyway").parent()), POST);

        assertThat(applied.status()).isEqualTo(303);
        assertThat(http.get(LIN_HOURS_API, DESK).json().get("workingHours")).hasSize(1);
        assertThat(status(reference)).isEqualTo("BOOKED");
        var after = browser.get(applied.header("Location"), DESK);
        assertConflictListed(after, reference);
        assertThat(after.doc().select("#apply-anyway")).isEmpty();
    }

    @Test
    void timeOffOverABookingShowsItThenIsRecordedWhenAppliedAnywayAndTheBookingStays() {
        String reference = book(ADJUSTMENT, LIN, "2026-12-01T16:00:00-05:00");

        var page = browser.post(LIN_PAGE + "/time-off", timeOff("2026-12-01", "15:00", "2026-12-01", "19:00",
                "Conference"), POST);

        assertThat(page.status()).isEqualTo(409);
        assertConflictListed(page, reference);
        assertThat(page.one("#conflicts-title").text()).contains("this time off");
        assertThat(jdbc.sql("SELECT count(*) FROM time_off").query(Long.class).single()).isZero();
        assertThat(page.one("#off-reason").val()).isEqualTo("Conference");

        var applied = browser.post(LIN_PAGE + "/time-off", PageClient.fields(page.one("#apply-anyway").parent()),
                POST);

        assertThat(applied.status()).isEqualTo(303);
        assertThat(applied.header("Location")).startsWith(LIN_PAGE + "?changed=time-off&timeOff=");
        var after = browser.get(applied.header("Location"), DESK);
        assertThat(after.one("#time-off-list").text()).contains("Tue 1 Dec 2026, 3:00 PM–7:00 PM", "Conference", "desk");
        assertConflictListed(after, reference);
        assertThat(status(reference)).isEqualTo("BOOKED");
        assertThat(slotStarts(ADJUSTMENT, LIN, "2026-12-01", "2026-12-01")).hasSize(11);
    }

    @Test
    void timeOffWithoutConflictsIsRecordedAndCanBeRemovedAfterConfirming() {
        var recorded = browser.post(LIN_PAGE + "/time-off", timeOff("2026-12-01", "15:00", "2026-12-02", "09:00",
                ""), POST);
        assertThat(recorded.status()).isEqualTo(303);
        var page = browser.get(recorded.header("Location"), DESK);
        assertThat(page.one("#notice").text()).isEqualTo("Time off recorded.");
        assertThat(page.one("#time-off-list").text()).contains("Tue 1 Dec 2026, 3:00 PM – Wed 2 Dec 2026, 9:00 AM");

        var confirm = browser.get(page.one(".remove-time-off").attr("href"), DESK);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.one("#removing").text()).contains("Dr. Maya Lin");
        var removed = browser.post(confirm.one("#confirm-remove").parent().attr("action"), Map.of(), POST);

        assertThat(removed.status()).isEqualTo(303);
        assertThat(browser.get(removed.header("Location"), DESK).one("#no-time-off")).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM time_off").query(Long.class).single()).isZero();
    }

    @Test
    void invalidTimeOffIs400WithMessagesAndWhatWasTyped() {
        var missing = browser.post(LIN_PAGE + "/time-off", timeOff("2026-12-01", "", "", "19:00", "x"), POST);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.doc().select("#error-summary a").eachAttr("href"))
                .containsExactly("#off-start-time", "#off-end-date");

        var backwards = browser.post(LIN_PAGE + "/time-off", timeOff("2026-12-01", "15:00", "2026-12-01", "14:00",
                "Dentist"), POST);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.one("#error-summary a").attr("href")).isEqualTo("#off-end-date");
        assertThat(backwards.one("#error-summary a").text()).isEqualTo("The end must be after the start.");
        assertThat(backwards.one("#off-start-time").val()).isEqualTo("15:00");
        assertThat(backwards.one("#off-reason").val()).isEqualTo("Dentist");
        assertThat(jdbc.sql("SELECT count(*) FROM time_off").query(Long.class).single()).isZero();
    }

    @Test
    void aClosureOverABookingShowsItThenIsRecordedWhenAppliedAnywayAndCanBeRemoved() {
        String reference = book(ADJUSTMENT, LIN, "2026-12-01T16:00:00-05:00");
        Map<String, String> closure = Map.of("firstDay", "2026-12-01", "lastDay", "2026-12-02", "reason", "Flood");

        var page = browser.post("/desk/hours/closures", closure, ADMIN_POST);

        assertThat(page.status()).isEqualTo(409);
        assertConflictListed(page, reference);
        assertThat(jdbc.sql("SELECT count(*) FROM clinic_closure").query(Long.class).single()).isZero();
        var applied = browser.post("/desk/hours/closures", PageClient.fields(page.one("#apply-anyway").parent()),
                ADMIN_POST);
        assertThat(applied.status()).isEqualTo(303);
        var after = browser.get(applied.header("Location"), ADMIN);
        assertThat(after.one("#closure-list").text()).contains("Tue 1 Dec 2026 – Wed 2 Dec 2026", "Flood");
        assertConflictListed(after, reference);
        assertThat(status(reference)).isEqualTo("BOOKED");
        assertThat(browser.get("/desk/hours", ADMIN).one(".closure-summary").text()).contains("Flood");

        var confirm = browser.get(after.one(".remove-closure").attr("href"), ADMIN);
        var removed = browser.post(confirm.one("#confirm-remove").parent().attr("action"), Map.of(), ADMIN_POST);
        assertThat(removed.status()).isEqualTo(303);
        assertThat(browser.get(removed.header("Location"), ADMIN).one("#no-closures")).isNotNull();
    }

    @Test
    void aClosureEndingBeforeItStartsIs400() {
        var page = browser.post("/desk/hours/closures", Map.of("firstDay", "2026-12-03", "lastDay", "2026-12-01"),
                ADMIN_POST);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.one("#error-summary a").attr("href")).isEqualTo("#closure-last");
        assertThat(page.one("#closure-first").val()).isEqualTo("2026-12-03");
    }

    @Test
    void anEditorIsRefusedAndACrossSitePostChangesNothing() {
        String before = http.get(LIN_HOURS_API, DESK).body();

        assertThat(browser.get("/desk/hours", EDITOR).status()).isEqualTo(403);
        assertThat(browser.post(LIN_PAGE, week("MONDAY-0", "09:00", "10:00"), EDITOR[0], EDITOR[1],
                "Sec-Fetch-Site", "same-origin").status()).isEqualTo(403);
        assertThat(browser.post(LIN_PAGE, week("MONDAY-0", "09:00", "10:00"), DESK[0], DESK[1],
                "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
        assertThat(http.get(LIN_HOURS_API, DESK).body()).isEqualTo(before);
    }

    @Test
    void anUnknownPractitionerIs404() {
        assertThat(browser.get("/desk/hours/" + UUID.randomUUID(), DESK).status()).isEqualTo(404);
        assertThat(browser.get("/desk/hours/nobody", DESK).status()).isEqualTo(400);
    }

    private void assertConflictListed(PageClient.Page page, String reference) {
        UUID id = jdbc.sql("SELECT id FROM appointment WHERE reference = :r").param("r", reference)
                .query(UUID.class).single();
        Element row = page.one("#conflicts tr.conflict");
        assertThat(row.text()).contains("Tue 1 Dec 2026, 4:00 PM", "Ana Ruiz", reference);
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/desk/appointments/" + id);
    }

    /** Triples of row, start and end, e.g. "MONDAY-0", "09:00", "12:00". */
    private static Map<String, String> week(String... rows) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 3) {
            form.put(rows[i] + "-start", rows[i + 1]);
            form.put(rows[i] + "-end", rows[i + 2]);
        }
        form.put("SUNDAY-0-start", "");
        form.put("SUNDAY-0-end", "");
        return form;
    }

    private static Map<String, String> timeOff(String startDate, String startTime, String endDate, String endTime,
            String reason) {
        return Map.of("startDate", startDate, "startTime", startTime, "endDate", endDate, "endTime", endTime,
                "reason", reason);
    }
}
