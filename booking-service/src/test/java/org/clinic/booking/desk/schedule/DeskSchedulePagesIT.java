package org.clinic.booking.desk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.PageClient;
import org.clinic.booking.appointment.TestBookings;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The desk's day and week grids as a browser without JavaScript gets them, and the version the pages poll. */
class DeskSchedulePagesIT extends BookingIntegrationTest {

    static final String[] DESK = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};
    private PageClient browser;

    @BeforeEach
    void browser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @AfterEach
    void clearAbsencesAndSundayHours() {
        jdbc.sql("DELETE FROM time_off").update();
        jdbc.sql("DELETE FROM clinic_closure").update();
        jdbc.sql("DELETE FROM working_hours WHERE day_of_week = 7").update();
    }

    @Test
    void theDayShowsPractitionersAsColumnsAndAppointmentsInTheirRowsWithBuffersBreaksAndFreeCells() {
        UUID lin = book(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "lin@example.org");
        UUID okafor = book(EVALUATION, OKAFOR, "2026-12-01T09:00:00-05:00", "okafor@example.org");

        var page = browser.get("/desk?date=2026-12-01", DESK);
        var table = new ScheduleTable(page.doc());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.one("h1").text()).isEqualTo("Tuesday 1 December 2026");
        assertThat(table.columns()).containsExactly("Dr. Maya Lin", "Jordan Okafor", "Priya Raman");
        assertThat(table.times().get(0)).isEqualTo("8:00 AM");
        assertThat(table.times().get(table.times().size() - 1)).isEqualTo("6:45 PM"); // Dr. Lin works until 7 PM
        var linsBlock = table.at("Dr. Maya Lin", "11:00 AM");
        assertThat(linsBlock.selectFirst("a.appt").id()).isEqualTo("appt-" + lin);
        assertThat(linsBlock.attr("rowspan")).isEqualTo("2");
        assertThat(linsBlock.text()).contains("Ana Ruiz", "Booked", "Chiropractic adjustment",
                "Confirmation pending, reminder pending");
        assertThat(linsBlock.selectFirst("a.appt").attr("href")).isEqualTo("/desk/appointments/" + lin);
        assertThat(table.at("Jordan Okafor", "9:45 AM").selectFirst("a.appt").id()).isEqualTo("appt-" + okafor);
        assertThat(table.at("Jordan Okafor", "10:00 AM").hasClass("buffer")).isTrue();
        assertThat(table.at("Jordan Okafor", "12:30 PM").text()).isEqualTo("Break");
        assertThat(table.at("Dr. Maya Lin", "8:00 AM").hasClass("off")).isTrue();
        assertThat(table.at("Jordan Okafor", "10:15 AM").selectFirst("a.free").attr("href")).isEqualTo(
                "/desk/book?practitionerId=" + OKAFOR + "&start=2026-12-01T10%3A15%3A00-05%3A00");
        assertThat(table.at("Jordan Okafor", "10:15 AM").selectFirst("a.free").attr("aria-label"))
                .isEqualTo("Book 10:15 AM, Jordan Okafor");
        assertThat(page.doc().select("thead a").eachAttr("href")).contains(
                "/desk/week?practitionerId=" + LIN + "&date=2026-12-01");
    }

    @Test
    void appointmentsAreLinksInTimeOrderSoTabReachesThemAsTheDayGoes() {
        UUID late = book(ADJUSTMENT, LIN, "2026-12-01T16:00:00-05:00", "late@example.org");
        UUID early = book(EVALUATION, OKAFOR, "2026-12-01T08:00:00-05:00", "early@example.org");
        UUID middle = book(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "middle@example.org");

        var links = browser.get("/desk?date=2026-12-01", DESK).doc().select("a.appt").eachAttr("id");

        assertThat(links).containsExactly("appt-" + early, "appt-" + middle, "appt-" + late);
    }

    @Test
    void onTheDaysTheClocksChangeAppointmentsStayInTheirLocalRows() {
        jdbc.sql("INSERT INTO working_hours VALUES (:lin, 7, '01:00', '04:00')").param("lin", LIN).update();
        UUID afterGap = insert(LIN, Instant.parse("2027-03-14T07:00:00Z")); // 03:00 EDT, the first hour after the gap
        UUID morning = insert(OKAFOR, Instant.parse("2027-03-14T14:00:00Z")); // 10:00 EDT

        var spring = new ScheduleTable(browser.get("/desk?date=2027-03-14", DESK).doc());

        assertThat(spring.times()).contains("1:45 AM", "2:00 AM", "2:45 AM", "3:00 AM");
        assertThat(spring.at("Dr. Maya Lin", "2:00 AM").hasClass("gap")).isTrue();
        assertThat(spring.at("Dr. Maya Lin", "2:30 AM").text()).isEqualTo("Clocks skip this time");
        assertThat(spring.at("Dr. Maya Lin", "1:45 AM").selectFirst("a.free").attr("href")).endsWith(
                "start=2027-03-14T01%3A45%3A00-05%3A00");
        assertThat(ScheduleTable.startRow(spring.at("Dr. Maya Lin", "3:00 AM"))).isEqualTo("3:00 AM");
        assertThat(spring.at("Dr. Maya Lin", "3:00 AM").selectFirst("a.appt").id()).isEqualTo("appt-" + afterGap);
        assertThat(spring.at("Dr. Maya Lin", "3:30 AM").selectFirst("a.free").attr("href")).endsWith(
                "start=2027-03-14T03%3A30%3A00-04%3A00");
        assertThat(ScheduleTable.startRow(spring.at("Jordan Okafor", "10:00 AM"))).isEqualTo("10:00 AM");
        assertThat(spring.at("Jordan Okafor", "10:00 AM").selectFirst("a.appt").id()).isEqualTo("appt-" + morning);

        UUID repeated = insert(LIN, Instant.parse("2026-11-01T06:30:00Z")); // 01:30 EST, the second 01:30 that night
        UUID autumn = insert(OKAFOR, Instant.parse("2026-11-01T15:00:00Z")); // 10:00 EST

        var fall = new ScheduleTable(browser.get("/desk?date=2026-11-01", DESK).doc());

        assertThat(fall.times()).containsOnlyOnce("1:30 AM");
        assertThat(fall.at("Dr. Maya Lin", "1:30 AM").selectFirst("a.appt").id()).isEqualTo("appt-" + repeated);
        assertThat(ScheduleTable.startRow(fall.at("Jordan Okafor", "10:00 AM"))).isEqualTo("10:00 AM");
        assertThat(fall.at("Jordan Okafor", "10:00 AM").selectFirst("a.appt").id()).isEqualTo("appt-" + autumn);
    }

    @Test
    void timeOffAndClosuresAreShadedWithTheirReason() {
        assertThat(http.post("/api/booking/practitioners/" + LIN + "/time-off", Map.of("start",
                "2026-12-01T15:00:00-05:00", "end", "2026-12-01T17:00:00-05:00", "reason", "Course"), DESK).status())
                .isEqualTo(201);
        assertThat(http.post("/api/booking/closures", Map.of("from", "2026-12-02", "reason", "Staff training"),
                "Authorization", "Bearer " + StaffTokens.valid("ADMIN"))
                .status()).isEqualTo(201);

        var tuesday = new ScheduleTable(browser.get("/desk?date=2026-12-01", DESK).doc());
        var wednesday = new ScheduleTable(browser.get("/desk?date=2026-12-02", DESK).doc());

        var course = tuesday.at("Dr. Maya Lin", "3:00 PM");
        assertThat(course.hasClass("absence")).isTrue();
        assertThat(course.text()).isEqualTo("Time off: Course");
        assertThat(course.attr("rowspan")).isEqualTo("8");
        assertThat(tuesday.at("Dr. Maya Lin", "5:00 PM").select("a.free")).hasSize(1);
        for (String column : wednesday.columns()) {
            assertThat(wednesday.at(column, "10:00 AM").text()).isEqualTo("Clinic closed: Staff training");
        }
        assertThat(browser.get("/desk?date=2026-12-02", DESK).doc().select("a.free")).isEmpty();
    }

    @Test
    void theWeekViewShowsOnePractitionersDaysAsColumns() {
        UUID lin = book(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "week@example.org");

        var page = browser.get("/desk/week?practitionerId=" + LIN + "&date=2026-12-02", DESK);
        var week = new ScheduleTable(page.doc());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.one("h1").text()).isEqualTo("Dr. Maya Lin, week of Monday 30 November 2026");
        assertThat(week.columns()).containsExactly("Mon 30 Nov", "Tue 1 Dec", "Wed 2 Dec", "Thu 3 Dec", "Fri 4 Dec",
                "Sat 5 Dec", "Sun 6 Dec");
        assertThat(week.at("Tue 1 Dec", "11:00 AM").selectFirst("a.appt").id()).isEqualTo("appt-" + lin);
        assertThat(week.at("Wed 2 Dec", "11:00 AM").select("a.free")).hasSize(1);
        assertThat(week.at("Sun 6 Dec", "11:00 AM").hasClass("off")).isTrue();
        assertThat(page.one("#next-week").attr("href")).isEqualTo(
                "/desk/week?practitionerId=" + LIN + "&date=2026-12-07");
    }

    @Test
    void theVersionAnswers204WhileNothingChangedAnd200WithATriggerAfterABooking() {
        var first = browser.get("/desk/schedule-version?date=2026-12-01", DESK);
        String poll = first.one("#schedule-version").attr("hx-get");
        String version = poll.replaceAll(".*v=", "");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("HX-Trigger")).isEqualTo("schedule-changed");
        assertThat(browser.get(poll, DESK).status()).isEqualTo(204);
        assertThat(browser.get("/desk?date=2026-12-01", DESK).one("#schedule-version").attr("hx-get")).isEqualTo(poll);

        String before = fingerprint();
        book(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "version@example.org");
        assertThat(fingerprint()).isNotEqualTo(before);

        var changed = browser.get(poll, DESK);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("HX-Trigger")).isEqualTo("schedule-changed");
        assertThat(changed.one("#schedule-version").attr("hx-get")).doesNotEndWith("v=" + version);
        assertThat(browser.get("/desk/schedule-version?date=2026-12-02&v=" + version, DESK).status()).isEqualTo(200);
    }

    @Test
    void htmxRefreshesGetTheGridAlone() {
        var fragment = browser.get("/desk?date=2026-12-01", "Authorization", DESK[1], "HX-Request", "true",
                "HX-Target", "schedule-grid");

        assertThat(fragment.body()).doesNotContain("<html", "staff-header");
        assertThat(fragment.one("#schedule-grid").attr("hx-get")).isEqualTo("/desk?date=2026-12-01");
    }

    @Test
    void aDateThatCannotBeReadShowsTodayWithA400() {
        var page = browser.get("/desk?date=yesterday", DESK);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.one("#bad-date").text()).contains("could not be read");
        assertThat(page.one("h1").text()).isEqualTo("Monday 30 November 2026");
    }

    @Test
    void anEditorMayNotSeeTheSchedule() {
        String[] editor = {"Authorization", "Bearer " + StaffTokens.valid("EDITOR")};
        assertThat(browser.get("/desk?date=2026-12-01", editor).status()).isEqualTo(403);
        assertThat(browser.get("/desk/week?practitionerId=" + LIN, editor).status()).isEqualTo(403);
        assertThat(browser.get("/desk/schedule-version?date=2026-12-01", editor).status()).isEqualTo(403);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.clinic.booking.schedule.ScheduleRepository schedule;

    private String fingerprint() {
        return schedule.fingerprint(Instant.parse("2026-12-01T05:00:00Z"), Instant.parse("2026-12-02T05:00:00Z"),
                java.time.LocalDate.parse("2026-12-01"), java.time.LocalDate.parse("2026-12-01"));
    }

    private UUID book(UUID type, UUID practitioner, String start, String email) {
        var response = http.post("/api/booking/appointments", TestBookings.online(type, practitioner, start, email));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }

    /** Straight into the table: these days are outside the booking horizon of the pinned clock. */
    private UUID insert(UUID practitioner, Instant start) {
        UUID patient = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO patient (id, first_name, last_name) VALUES (:id, 'Dee', 'Est')").param("id", patient)
                .update();
        jdbc.sql("""
                        INSERT INTO appointment (id, reference, practitioner_id, appointment_type_id, patient_id,
                            start_at, end_at, occupied, status, channel, manage_token_hash)
                        VALUES (:id, :ref, :practitioner, :type, :patient, :start, :start + interval '30 minutes',
                            tstzrange(:start, :start + interval '30 minutes', '[)'), 'BOOKED', 'PHONE', '\\x00')""")
                .param("id", id).param("ref", id.toString().substring(0, 8).toUpperCase())
                .param("practitioner", practitioner).param("type", ADJUSTMENT).param("patient", patient)
                .param("start", java.time.OffsetDateTime.ofInstant(start, java.time.ZoneOffset.UTC)).update();
        return id;
    }
}
