package org.clinic.booking.desk.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.PageClient;
import org.clinic.booking.appointment.TestBookings;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The appointment panel and what the desk does from it, with JavaScript off and as htmx fragments. */
class DeskVisitPagesIT extends BookingIntegrationTest {

    private static final String TOKEN = "Bearer " + StaffTokens.valid("FRONT_DESK");
    private static final String[] DESK = {"Authorization", TOKEN};
    private static final String[] POST = {"Authorization", TOKEN, "Sec-Fetch-Site", "same-origin"};
    private static final String[] HTMX_POST = {"Authorization", TOKEN, "Sec-Fetch-Site", "same-origin",
            "HX-Request", "true"};
    private PageClient browser;

    @BeforeEach
    void browser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @Test
    void thePanelShowsTheVisitTheWayToReachThePatientAndItsHistory() {
        var body = TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "panel@example.org");
        body.put("notes", "Left shoulder");
        body.put("source", "lower-back-pain-first-steps");
        UUID id = book(body);

        var page = browser.get("/desk/appointments/" + id, DESK);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.one("#panel-title").text()).isEqualTo("Ana Ruiz Booked");
        assertThat(page.one("#visit-phone").attr("href")).isEqualTo("tel:+15555550123");
        assertThat(page.one("#visit-email").text()).isEqualTo("panel@example.org");
        assertThat(page.one("#visit-when").text()).isEqualTo("Tuesday 1 December 2026, 11:00 AM to 11:30 AM");
        assertThat(page.one(".visit-facts").text()).contains("Chiropractic adjustment with Dr. Maya Lin");
        assertThat(page.one("#visit-channel").text()).isEqualTo("Online");
        assertThat(page.one("#visit-source").attr("href")).isEqualTo("/articles/lower-back-pain-first-steps");
        assertThat(page.one("#visit-notes").text()).isEqualTo("Left shoulder");
        assertThat(page.one("#visit-reference").text()).hasSize(8);
        assertThat(page.one("#visit-history").text()).contains(
                "Patient (online booking): Booked for Tuesday 1 December 2026, 11:00 AM with Dr. Maya Lin");
        assertThat(page.one("#delivery-log-slot").attr("hx-get")).isEqualTo("/desk/deliveries?appointmentId=" + id);
        assertThat(page.one("#delivery-log-slot a").attr("href")).isEqualTo("/desk/deliveries?appointmentId=" + id);
        assertThat(page.doc().select(".visit-actions button").eachText()).containsExactly("Arrived a", "No show o");
        assertThat(page.one("#reschedule").attr("href")).isEqualTo("/desk?date=2026-12-01&move=" + id);
    }

    @Test
    void withHtmxThePanelIsAFragmentForTheDialog() {
        UUID id = book(TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "frag@example.org"));

        var fragment = browser.get("/desk/appointments/" + id, "Authorization", TOKEN, "HX-Request", "true");

        assertThat(fragment.body()).doesNotContain("<html", "staff-header");
        assertThat(fragment.one("#mark-ARRIVED").attr("data-shortcut")).isEqualTo("a");
        assertThat(fragment.one("form[hx-post]").attr("hx-target")).isEqualTo("#panel-content");
        assertThat(fragment.one("[data-closes-dialog]").text()).startsWith("Close");
    }

    @Test
    void arrivedThenCompletedAndANoShowAreOneClickEach() {
        UUID first = book(TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "one@example.org"));
        UUID second = book(TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T12:00:00-05:00", "two@example.org"));

        var arrived = browser.post("/desk/appointments/" + first + "/status", Map.of("status", "ARRIVED"), POST);
        assertThat(arrived.status()).isEqualTo(303);
        assertThat(arrived.header("Location")).endsWith("/desk/appointments/" + first + "?changed=arrived");
        var after = browser.get("/desk/appointments/" + first + "?changed=arrived", DESK);
        assertThat(after.one("#panel-done").text()).isEqualTo("Marked as arrived.");
        assertThat(after.one("#panel-title").text()).isEqualTo("Ana Ruiz Arrived");
        assertThat(after.one("#visit-history").text()).contains("Marked arrived (was booked)");
        assertThat(after.doc().select(".visit-actions button").eachText()).containsExactly("Completed c");
        assertThat(after.doc().select("#reschedule, #cancel-visit")).isEmpty();

        assertThat(browser.post("/desk/appointments/" + first + "/status", Map.of("status", "COMPLETED"), POST)
                .status()).isEqualTo(303);
        assertThat(browser.post("/desk/appointments/" + second + "/status", Map.of("status", "NO_SHOW"), POST)
                .status()).isEqualTo(303);

        var day = browser.get("/desk?date=2026-12-01", DESK).doc();
        assertThat(day.selectFirst("#appt-" + first).text()).contains("Completed");
        assertThat(day.selectFirst("#appt-" + first).hasClass("status-COMPLETED")).isTrue();
        assertThat(day.selectFirst("#appt-" + second).text()).contains("No show");
    }

    @Test
    void aChangeTheStatusDoesNotAllowIsA409WithTheReason() {
        UUID id = book(TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "illegal@example.org"));

        var page = browser.post("/desk/appointments/" + id + "/status", Map.of("status", "COMPLETED"), POST);
        var htmx = browser.post("/desk/appointments/" + id + "/status", Map.of("status", "COMPLETED"), HTMX_POST);
        var nonsense = browser.post("/desk/appointments/" + id + "/status", Map.of("status", "GONE"), POST);

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.one("#panel-problem").text()).contains("An appointment that is BOOKED cannot become COMPLETED");
        assertThat(page.one("#panel-title").text()).isEqualTo("Ana Ruiz Booked");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.one("#panel-problem").text()).contains("cannot become COMPLETED");
        assertThat(nonsense.status()).isEqualTo(400);
    }

    @Test
    void cancellingAsksForAReasonAndKeepsItInTheHistory() {
        UUID id = book(TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "cancel@example.org"));

        var form = browser.get("/desk/appointments/" + id + "/cancel", DESK);
        var empty = browser.post("/desk/appointments/" + id + "/cancel", Map.of("reason", "  "), POST);
        var done = browser.post("/desk/appointments/" + id + "/cancel", Map.of("reason", "Has the flu"), POST);

        assertThat(form.one("#cancel-form textarea[name=reason]").hasAttr("required")).isTrue();
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.one("#cancel-problem").text()).isEqualTo("Enter why the appointment is cancelled.");
        assertThat(done.status()).isEqualTo(303);
        var panel = browser.get(done.header("Location"), DESK);
        assertThat(panel.one("#panel-done").text()).isEqualTo("Cancelled.");
        assertThat(panel.one("#visit-history").text()).contains("Cancelled: Has the flu");
        var day = browser.get("/desk?date=2026-12-01", DESK).doc();
        assertThat(day.select("#appt-" + id)).isEmpty();
        assertThat(day.selectFirst(".cancelled-list").text()).contains("Ana Ruiz");
        assertThat(new org.clinic.booking.desk.schedule.ScheduleTable(day).at("Dr. Maya Lin", "11:00 AM")
                .select("a.free")).hasSize(1);
    }

    @Test
    void anHtmxStatusChangeAnswersThePanelAndAsksTheGridToRefresh() {
        UUID id = book(TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "trigger@example.org"));

        var after = browser.get("/desk/appointments/" + id + "?changed=arrived", "Authorization", TOKEN,
                "HX-Request", "true");

        assertThat(after.header("HX-Trigger")).isEqualTo("schedule-changed");
    }

    @Test
    void movingIntoAFreeCellFromMoveModeAndA409WhenItWasTaken() {
        UUID id = book(TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "move@example.org"));
        book(TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T15:00:00-05:00", "other@example.org"));

        var moveMode = browser.get("/desk?date=2026-12-01&move=" + id, DESK);
        assertThat(moveMode.one("#move-banner").text()).contains("Choose a new time for Ana Ruiz");
        assertThat(moveMode.one("#cancel-move").attr("href")).isEqualTo("/desk?date=2026-12-01");
        String cell = new org.clinic.booking.desk.schedule.ScheduleTable(moveMode.doc()).at("Dr. Maya Lin", "1:00 PM")
                .selectFirst("a.free").attr("href");
        assertThat(cell).isEqualTo("/desk/appointments/" + id + "/reschedule?practitionerId=" + LIN
                + "&start=2026-12-01T13%3A00%3A00-05%3A00");

        var confirm = browser.get(cell, DESK);
        assertThat(confirm.one("#move-to").text()).isEqualTo("Tuesday 1 December 2026, 1:00 PM, Dr. Maya Lin, DC");
        var moved = browser.post("/desk/appointments/" + id + "/reschedule",
                PageClient.fields(confirm.one("#move-form")), POST);
        assertThat(moved.status()).isEqualTo(303);
        assertThat(moved.header("Location")).isEqualTo("/desk?date=2026-12-01#appt-" + id);
        var day = new org.clinic.booking.desk.schedule.ScheduleTable(browser.get("/desk?date=2026-12-01", DESK).doc());
        assertThat(day.at("Dr. Maya Lin", "1:00 PM").selectFirst("a.appt").id()).isEqualTo("appt-" + id);
        assertThat(browser.get("/desk/appointments/" + id, DESK).one("#visit-history").text()).contains(
                "Moved from Tuesday 1 December 2026, 11:00 AM (Dr. Maya Lin) to Tuesday 1 December 2026, 1:00 PM");

        Map<String, String> taken = new LinkedHashMap<>();
        taken.put("practitionerId", LIN.toString());
        taken.put("start", "2026-12-01T15:00-05:00");
        var refused = browser.post("/desk/appointments/" + id + "/reschedule", taken, POST);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.one("#move-problem").text()).contains("no longer free");
        assertThat(refused.one("#choose-again").attr("href")).isEqualTo("/desk?date=2026-12-01&move=" + id);
    }

    @Test
    void anEditorMayNotOpenOrChangeAnAppointment() {
        UUID id = book(TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "editor@example.org"));
        String editor = "Bearer " + StaffTokens.valid("EDITOR");

        assertThat(browser.get("/desk/appointments/" + id, "Authorization", editor).status()).isEqualTo(403);
        assertThat(browser.post("/desk/appointments/" + id + "/status", Map.of("status", "ARRIVED"),
                "Authorization", editor, "Sec-Fetch-Site", "same-origin").status()).isEqualTo(403);
    }

    @Test
    void anUnknownAppointmentIs404() {
        assertThat(browser.get("/desk/appointments/" + UUID.randomUUID(), DESK).status()).isEqualTo(404);
        assertThat(browser.get("/desk/appointments/not-an-id", DESK).status()).isEqualTo(404);
    }

    private UUID book(Map<String, Object> body) {
        var response = http.post("/api/booking/appointments", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }
}
