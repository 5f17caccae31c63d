package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * A receptionist runs a day from the schedule in a real browser, through the gateway: bookings made through the API
 * appear in the right column and row, the panel opens from the keyboard, arrived / no-show / cancel with a reason /
 * reschedule into a free cell, and an online booking shows up while the page stays open.
 */
@ExtendWith(RunningStack.class)
class DeskScheduleIT {

    private static final ZoneId CLINIC = ZoneId.of("America/New_York");
    private static final String EVALUATION = "11111111-0000-0000-0000-000000000001";
    private static final String FOLLOW_UP = "11111111-0000-0000-0000-000000000002";
    private static final String OKAFOR = "22222222-0000-0000-0000-000000000001";
    private static final String RAMAN = "22222222-0000-0000-0000-000000000003";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A Wednesday well inside the 60-day horizon, when both physical therapists work 8-12 and 13-17. */
    private final LocalDate day = LocalDate.now(CLINIC).plusDays(40).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));

    @Test
    void theDeskRunsADayFromTheScheduleWithTheKeyboard() {
        LocalStack stack = RunningStack.stack();
        String arrives = book(stack, EVALUATION, OKAFOR, 13, "Ann", "Arrives");
        String noShow = book(stack, EVALUATION, RAMAN, 13, "Ben", "Noshow");
        String cancels = book(stack, FOLLOW_UP, RAMAN, 15, "Cat", "Cancels");
        String moves = book(stack, FOLLOW_UP, OKAFOR, 16, "Dan", "Moves");
        try (Browser browser = Browser.open("desk-schedule", Browser.Viewport.LAPTOP, true)) {
            var desk = new DeskSteps(browser, stack.gatewayUrl());
            desk.signInQuickly("desk", stack.staffPasswords().get("desk"));
            desk.open("/desk?date=" + day);
            browser.waitFor("#appt-" + arrives);
            browser.check("day");
            assertInCell(browser, arrives, "Jordan Okafor", "1:00 PM");
            assertInCell(browser, noShow, "Priya Raman", "1:00 PM");

            openPanelWithTheKeyboard(browser, arrives);
            browser.waitFor("#delivery-log, #delivery-log-unavailable");
            browser.check("panel");
            pressAndWaitFor(browser, "a", "#panel-done");
            assertThat(browser.find("#panel-done").getText()).isEqualTo("Marked as arrived.");
            assertThat(browser.find("#panel-title").getText()).contains("Arrived");
            browser.check("arrived");
            press(browser, Keys.ESCAPE);
            waitUntil(browser, () -> browser.find("#appt-" + arrives).getText().contains("Arrived"));

            openPanelWithTheKeyboard(browser, noShow);
            pressAndWaitFor(browser, "o", "#panel-done");
            assertThat(browser.find("#panel-done").getText()).isEqualTo("Marked as a no-show.");
            press(browser, Keys.ESCAPE);

            openPanelWithTheKeyboard(browser, cancels);
            pressAndWaitFor(browser, "x", "#cancel-form textarea");
            browser.driver().switchTo().activeElement().sendKeys("Patient is travelling");
            browser.check("cancel-reason");
            browser.clickAndWaitFor("#confirm-cancel", "#panel-done");
            assertThat(browser.find("#visit-history").getText()).contains("Cancelled: Patient is travelling");
            press(browser, Keys.ESCAPE);
            waitUntil(browser, () -> browser.findAll("#appt-" + cancels).isEmpty());

            openPanelWithTheKeyboard(browser, moves);
            pressAndWaitFor(browser, "r", "#move-banner");
            browser.check("move-mode");
            browser.clickAndWaitFor("a.free[aria-label='Move here: 4:00 PM, Priya Raman']", "#confirm-move");
            browser.check("move-confirm");
            browser.clickAndWaitFor("#confirm-move", "#appt-" + moves);
            assertInCell(browser, moves, "Priya Raman", "4:00 PM");

            browser.script("window.stillTheSamePage = true;");
            String online = book(stack, EVALUATION, OKAFOR, 9, "Eve", "Online");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(12))
                    .until(d -> !d.findElements(By.id("appt-" + online)).isEmpty());
            assertThat(browser.script("return window.stillTheSamePage === true")).isEqualTo(true);
            assertInCell(browser, online, "Jordan Okafor", "9:00 AM");
            browser.check("updated-without-reload");
        }
        try (Browser phone = Browser.open("desk-schedule-phone", Browser.Viewport.PHONE, true)) {
            var desk = new DeskSteps(phone, stack.gatewayUrl());
            desk.signInQuickly("desk", stack.staffPasswords().get("desk"));
            desk.open("/desk?date=" + day);
            phone.waitFor("#appt-" + arrives);
            phone.check("phone-day");
        }
    }

    /**
     * On the next day the clocks change in the clinic's zone (a Sunday: a practitioner is given Sunday hours for it),
     * bookings made through the desk API at 9:00 and 16:00 local time sit on those rows of the grid, whatever the
     * offset was at midnight. Hours and bookings are put back afterwards: the stack is shared.
     */
    @Test
    void onADaylightSavingChangeDayBookingsSitAtTheirLocalTimes() {
        LocalStack stack = RunningStack.stack();
        LocalDate dstDay = LocalDate.ofInstant(CLINIC.getRules().nextTransition(java.time.Instant.now()).getInstant(),
                CLINIC);
        String token = staffToken(stack);
        String hoursApi = "/api/booking/practitioners/" + OKAFOR + "/working-hours";
        var before = JSON.readTree(call(stack, "GET", hoursApi, token, null)).get("workingHours");
        var sunday = new java.util.ArrayList<Object>(JSON.convertValue(before, java.util.List.class));
        sunday.add(Map.of("dayOfWeek", "SUNDAY", "start", "08:00", "end", "17:00"));
        call(stack, "PUT", hoursApi, token, sunday);
        String morning = deskBook(stack, token, dstDay.atTime(9, 0));
        String afternoon = deskBook(stack, token, dstDay.atTime(16, 0));
        try (Browser browser = Browser.open("desk-dst-day", Browser.Viewport.LAPTOP, true)) {
            var desk = new DeskSteps(browser, stack.gatewayUrl());
            desk.signInQuickly("desk", stack.staffPasswords().get("desk"));
            desk.open("/desk?date=" + dstDay);
            browser.waitFor("#appt-" + morning);
            assertInCell(browser, morning, "Jordan Okafor", "9:00 AM");
            assertInCell(browser, afternoon, "Jordan Okafor", "4:00 PM");
            browser.check("dst-day");
        } finally {
            call(stack, "POST", "/api/booking/desk/appointments/" + morning + "/cancel", token, Map.of());
            call(stack, "POST", "/api/booking/desk/appointments/" + afternoon + "/cancel", token, Map.of());
            call(stack, "PUT", hoursApi, token, JSON.convertValue(before, java.util.List.class));
        }
    }

    private String deskBook(LocalStack stack, String token, java.time.LocalDateTime localStart) {
        var body = Map.of("appointmentTypeId", FOLLOW_UP, "practitionerId", OKAFOR,
                "start", localStart.atZone(CLINIC).toOffsetDateTime().toString(), "notify", false,
                "patient", Map.of("firstName", "Dee", "lastName", "Esstee", "phone", "+1 212 555 0177"));
        return JSON.readTree(call(stack, "POST", "/api/booking/desk/appointments", token, body)).get("id").asString();
    }

    private static String staffToken(LocalStack stack) {
        String body = call(stack, "POST", "/api/auth/login", null,
                Map.of("username", "desk", "password", stack.staffPasswords().get("desk")));
        return JSON.readTree(body).get("token").asString();
    }

    /** One API call through the gateway; anything but a 2xx fails the test with the problem body. */
    private static String call(LocalStack stack, String method, String path, String token, Object body) {
        try {
            var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The mail server refuses the patient's address for good (the local catcher refuses every address at
     * refused.example with a 550): the panel's delivery log, from notification-service, shows the confirmation as
     * failed with the server's answer, and the block in the grid says so too.
     */
    @Test
    void aConfirmationTheMailServerRefusedShowsAsFailed() {
        LocalStack stack = RunningStack.stack();
        String refused = book(stack, FOLLOW_UP, OKAFOR, 11, "Fay", "Bounced", "fay.bounced@refused.example");
        try (Browser browser = Browser.open("desk-delivery-failed", Browser.Viewport.LAPTOP, true)) {
            var desk = new DeskSteps(browser, stack.gatewayUrl());
            desk.signInQuickly("desk", stack.staffPasswords().get("desk"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
                desk.open("/desk/appointments/" + refused);
                browser.waitFor("#delivery-log, #delivery-log-unavailable");
                return !d.findElements(By.cssSelector("#delivery-log [data-status=FAILED]")).isEmpty();
            });
            assertThat(browser.find("#delivery-log [data-status=FAILED]").getText()).contains("550");
            browser.check("panel-delivery-failed");

            // The grid learns of it from notification-service's delivery event, a moment later.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
                desk.open("/desk?date=" + day);
                return !d.findElements(By.cssSelector("#appt-" + refused + " .appt__told--failed")).isEmpty();
            });
            assertThat(browser.find("#appt-" + refused + " .appt__told--failed").getText()).contains("failed");
        }
    }

    /**
     * Tab reaches the block in time order; here the focus is put on it directly, then Enter opens the panel. Tried
     * again if the grid was redrawn in between (a delivery event from an earlier booking changes the schedule, and
     * the poll replaces the grid, focused block and all).
     */
    private static void openPanelWithTheKeyboard(Browser browser, String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(500))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    if (d.findElements(By.cssSelector("#appointment-panel[open] #panel-title")).isEmpty()) {
                        browser.script("document.getElementById('appt-" + id + "').focus();");
                        press(browser, Keys.ENTER);
                    }
                    return !d.findElements(By.cssSelector("#appointment-panel[open] #panel-title")).isEmpty();
                });
    }

    private static void pressAndWaitFor(Browser browser, CharSequence key, String css) {
        press(browser, key);
        browser.waitFor(css);
    }

    private static void press(Browser browser, CharSequence key) {
        browser.driver().switchTo().activeElement().sendKeys(key);
    }

    /** The block sits under the practitioner's header and level with the time's row header. */
    private static void assertInCell(Browser browser, String id, String practitioner, String time) {
        WebElement block = browser.find("#appt-" + id);
        WebElement column = browser.findAll("thead th.col-head").stream()
                .filter(th -> th.getText().startsWith(practitioner)).findFirst().orElseThrow();
        WebElement row = browser.driver().findElement(By.xpath("//tbody/tr/th[normalize-space(.)='" + time + "']"));
        var b = block.getRect();
        assertThat(b.getX()).as("%s under %s", id, practitioner).isBetween(column.getRect().getX() - 1,
                column.getRect().getX() + column.getRect().getWidth());
        assertThat(b.getY()).as("%s at %s", id, time).isBetween(row.getRect().getY() - 1,
                row.getRect().getY() + row.getRect().getHeight());
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(12)).until(d -> condition.getAsBoolean());
    }

    private String book(LocalStack stack, String type, String practitioner, int hour, String first, String last) {
        return book(stack, type, practitioner, hour, first, last,
                first.toLowerCase() + "." + System.nanoTime() + "@example.org");
    }

    private String book(LocalStack stack, String type, String practitioner, int hour, String first, String last,
            String email) {
        var body = Map.of("appointmentTypeId", type, "practitionerId", practitioner,
                "start", day.atTime(LocalTime.of(hour, 0)).atZone(CLINIC).toOffsetDateTime().toString(),
                "patient", Map.of("firstName", first, "lastName", last,
                        "email", email, "phone", "+1 212 555 0142"));
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/booking/appointments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return JSON.readTree(response.body()).get("id").asString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
