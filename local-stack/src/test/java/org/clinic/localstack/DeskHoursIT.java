package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk changes a practitioner's schedule over a booking made online: time off covering it, then weekly hours
 * without its day. Each change first lists the appointment (linked to its panel) and applies only after "Apply
 * anyway". The stack is shared with other tests, so the practitioner's week and the booking are put back after.
 */
@ExtendWith(RunningStack.class)
class DeskHoursIT {

    private static final String LIN = "22222222-0000-0000-0000-000000000002";
    private static final String ADJUSTMENT = "11111111-0000-0000-0000-000000000003";
    private static final ZoneId CLINIC = ZoneId.of("America/New_York");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void timeOffAndNewHoursOverABookingListItAndApplyOnlyWhenAskedTo() throws Exception {
        LocalStack stack = RunningStack.stack();
        String password = stack.staffPasswords().get("desk");
        String token = call(stack, "POST", "/api/auth/login",
                "{\"username\": \"desk\", \"password\": \"" + password + "\"}", null).get("token").asString();
        String hoursApi = "/api/booking/practitioners/" + LIN + "/working-hours";
        String week = call(stack, "GET", hoursApi, null, token).get("workingHours").toString();
        JsonNode booked = bookTheFirstFreeSlot(stack);
        ZonedDateTime start = OffsetDateTime.parse(booked.get("start").asString()).atZoneSameInstant(CLINIC);
        try (Browser browser = Browser.open("desk-hours", Browser.Viewport.LAPTOP, true)) {
            var desk = new DeskSteps(browser, stack.gatewayUrl());
            desk.signInQuickly("desk", password);
            desk.open("/desk/hours");
            browser.check("hours-overview");
            browser.clickAndWaitFor("main a[href='/desk/hours/" + LIN + "']", "#week-form");
            browser.check("practitioner-hours");

            enter(browser, "#off-start-date", start.toLocalDate());
            enter(browser, "#off-start-time", start.toLocalTime());
            enter(browser, "#off-end-date", start.plusHours(1).toLocalDate());
            enter(browser, "#off-end-time", start.plusHours(1).toLocalTime());
            browser.type("#off-reason", "Training day");
            browser.clickAndWaitFor("#record-time-off", "#conflicts");
            browser.check("time-off-conflicts");
            assertListed(browser, booked);

            browser.clickAndWaitFor("#apply-anyway", "#time-off-list");
            browser.check("time-off-recorded");
            assertThat(browser.find("#time-off-list").getText()).contains("Training day");
            assertListed(browser, booked);

            for (WebElement time : browser.findAll("#day-" + start.getDayOfWeek() + " input[type=time]")) {
                time.clear();
            }
            browser.clickAndWaitFor("#save-week", "#apply-anyway");
            browser.check("hours-conflicts");
            assertListed(browser, booked);
            browser.clickAndWaitFor("#apply-anyway", "#notice");
            browser.check("hours-saved");
            assertThat(browser.find("#notice").getText()).isEqualTo("Weekly hours saved.");
            assertListed(browser, booked);
            assertThat(call(stack, "GET", hoursApi, null, token).get("workingHours").toString())
                    .doesNotContain(start.getDayOfWeek().name());
        } finally {
            putBack(stack, token, week, booked);
        }
        try (Browser phone = Browser.open("desk-hours-phone", Browser.Viewport.PHONE, true)) {
            new DeskSteps(phone, stack.gatewayUrl()).signInQuickly("desk", password);
            phone.visit(stack.gatewayUrl() + "/desk/hours/" + LIN);
            phone.waitFor("#week-form");
            phone.check("phone-practitioner-hours");
        }
    }

    private static void assertListed(Browser browser, JsonNode booked) {
        var link = browser.find("#conflicts a[href='/desk/appointments/" + booked.get("id").asString() + "']");
        assertThat(link.getText()).isEqualTo(booked.get("reference").asString());
    }

    /**
     * Types into a native date or time field as a person would (en-US order: month day year, hour minute AM/PM).
     * The fields' keyboard order follows the browser's locale; where it differs, the value is set directly.
     */
    private static void enter(Browser browser, String css, Object value) {
        String keys = value instanceof LocalDate d ? d.format(DateTimeFormatter.ofPattern("MMddyyyy"))
                : ((LocalTime) value).format(DateTimeFormatter.ofPattern("hhmma", Locale.US));
        String wanted = value instanceof LocalTime t ? t.format(DateTimeFormatter.ofPattern("HH:mm")) : value.toString();
        browser.find(css).sendKeys(keys);
        if (!wanted.equals(browser.find(css).getAttribute("value"))) {
            browser.script("document.querySelector('" + css + "').value = '" + wanted + "';");
        }
        assertThat(browser.find(css).getAttribute("value")).isEqualTo(wanted);
    }

    private static JsonNode bookTheFirstFreeSlot(LocalStack stack) throws Exception {
        LocalDate from = LocalDate.now(CLINIC).plusDays(2);
        JsonNode slots = call(stack, "GET", "/api/booking/slots?appointmentTypeId=" + ADJUSTMENT + "&practitionerId="
                + LIN + "&from=" + from + "&to=" + from.plusDays(14), null, null).get("slots");
        assertThat(slots.isEmpty()).as("Dr. Lin has free slots").isFalse();
        return call(stack, "POST", "/api/booking/appointments", """
                {"appointmentTypeId": "%s", "practitionerId": "%s", "start": "%s",
                 "patient": {"firstName": "Hana", "lastName": "Ortiz", "email": "hana.hours@example.org",
                             "phone": "+12125550142"}}""".formatted(ADJUSTMENT, LIN,
                slots.get(0).get("start").asString()), null);
    }

    /** The demo week back, the time off gone and the booking cancelled, for the tests that run after this one. */
    private static void putBack(LocalStack stack, String token, String week, JsonNode booked) throws Exception {
        call(stack, "PUT", "/api/booking/practitioners/" + LIN + "/working-hours", week, token);
        String timeOff = "/api/booking/practitioners/" + LIN + "/time-off";
        for (JsonNode entry : call(stack, "GET", timeOff, null, token)) {
            if ("Training day".equals(entry.get("reason").asString())) {
                call(stack, "DELETE", timeOff + "/" + entry.get("id").asString(), null, token);
            }
        }
        call(stack, "POST", "/api/booking/desk/appointments/" + booked.get("id").asString() + "/cancel",
                "{\"reason\": \"Test over\"}", token);
    }

    private static JsonNode call(LocalStack stack, String method, String path, String json, String token)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
