package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.clinic.localstack.browser.PatientSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A receptionist books callers with the keyboard alone: n opens the booking from any desk page, typing finds the
 * patient, arrows and Enter choose, Tab and Space pick the practitioner and a time, Enter books; the reference and
 * the read-back line follow. Then a new caller without an email address.
 */
@ExtendWith(RunningStack.class)
class DeskCallerBookingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TABS = 40;

    @Test
    void aCallerIsBookedFromSearchToReferenceWithTheKeyboardAlone() throws Exception {
        LocalStack stack = RunningStack.stack();
        String password = stack.staffPasswords().get("desk");
        bookOnline(stack, "Quinn", "Marlowe");
        try (Browser browser = Browser.open("desk-caller-booking", Browser.Viewport.LAPTOP, true)) {
            var desk = new DeskSteps(browser, stack.gatewayUrl());
            desk.signInQuickly("desk", password);
            desk.open("/desk/patients");

            press(browser, "n");
            browser.waitFor("#caller-form");
            assertThat(activeId(browser)).isEqualTo("patient-search");
            press(browser, "Marlo");
            browser.waitFor("#patient-results .patient-choice");
            assertThat(browser.find("#patient-results").getText()).contains("Marlowe, Quinn");
            browser.check("patient-found");

            press(browser, Keys.ARROW_DOWN);
            assertThat(browser.script("return document.activeElement.className")).isEqualTo("patient-choice");
            press(browser, Keys.ENTER);
            browser.waitFor("#chosen-patient");
            waitForFocus(browser, "#appointmentTypeId");

            String times = browser.find("#times").getText();
            press(browser, Keys.TAB);
            assertThat(activeId(browser)).isEqualTo("practitionerId");
            press(browser, Keys.ARROW_DOWN); // "Anyone" → the first practitioner by name, Dr. Maya Lin
            waitForChange(browser, "#times", times);
            tabUntilFocusIsOn(browser, "input[name=slot]");
            press(browser, Keys.SPACE);
            browser.check("time-chosen");
            tabUntilFocusIsOn(browser, "#book");
            press(browser, Keys.ENTER);

            browser.waitFor("#reference");
            assertThat(browser.find("#reference").getText().replace(" ", "")).matches("[A-Z0-9]{8}");
            assertThat(browser.find("#read-back").getText()).matches(
                    "\\w+day \\d+ \\w+ at \\d+:\\d\\d [AP]M with Dr\\. Maya Lin, Initial evaluation, at .+");
            browser.check("booked");

            press(browser, "n");
            browser.waitFor("#caller-form");
            tabUntilFocusIsOn(browser, "#firstName");
            press(browser, "Walt", Keys.TAB, "Brandtkey", Keys.TAB, "(555) 555-0177");
            tabUntilFocusIsOn(browser, "input[name=slot]");
            press(browser, Keys.SPACE);
            tabUntilFocusIsOn(browser, "#book");
            press(browser, Keys.ENTER);
            browser.waitFor("#reference");
            assertThat(browser.find("h1").getText()).isEqualTo("Booked for Walt Brandtkey");
            assertThat(browser.find("main").getText()).contains("No email on file");
        }
        try (Browser phone = Browser.open("desk-caller-booking-phone", Browser.Viewport.PHONE, true)) {
            var desk = new DeskSteps(phone, stack.gatewayUrl());
            desk.signInQuickly("desk", password);
            desk.open("/desk/book");
            phone.find("#patient-search").sendKeys("Marlowe");
            phone.waitFor("#patient-results .patient-choice");
            phone.check("booking-on-a-phone");
        }
    }

    /** The demo clinic has no patients: one books online first, as patients do. */
    private static void bookOnline(LocalStack stack, String first, String last) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        JsonNode slots = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                + "/api/booking/slots?appointmentTypeId=" + PatientSteps.INITIAL_EVALUATION + "&from=" + today
                + "&to=" + today.plusDays(14))).build(), HttpResponse.BodyHandlers.ofString()).body()).get("slots");
        JsonNode slot = slots.get(slots.size() - 1);
        String body = """
                {"appointmentTypeId": "%s", "practitionerId": "%s", "start": "%s",
                 "patient": {"firstName": "%s", "lastName": "%s", "email": "quinn@example.org", "phone": "+12125550166"}}"""
                .formatted(PatientSteps.INITIAL_EVALUATION, slot.get("practitionerId").asString(),
                        slot.get("start").asString(), first, last);
        var booked = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/booking/appointments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    }

    private static void press(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String activeId(Browser browser) {
        return String.valueOf(browser.script("return document.activeElement.id"));
    }

    private static void waitForFocus(Browser browser, String css) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.script("return document.activeElement.matches('" + css + "')")));
    }

    private static void waitForChange(Browser browser, String css, String before) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !browser.find(css).getText().equals(before)
                        && browser.findAll(".htmx-request, .htmx-swapping, .htmx-settling").isEmpty());
    }

    private static void tabUntilFocusIsOn(Browser browser, String css) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(browser.script("return document.activeElement.matches('" + css + "')"))) {
                return;
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css + " within " + MAX_TABS + " presses");
    }
}
