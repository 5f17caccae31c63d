package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.PatientSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A patient who already holds the most upcoming online bookings (3) tries a fourth on a phone: the form comes back
 * with what they typed, says why, and gives the clinic's number to call, and the page passes axe.
 */
@ExtendWith(RunningStack.class)
class UpcomingBookingCapIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE = "11111111-0000-0000-0000-000000000003";

    @Test
    void aFourthOnlineBookingIsTurnedIntoACallWithNothingTypedLost() throws Exception {
        LocalStack stack = RunningStack.stack();
        String email = "cap-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        // Three upcoming online visits, a week apart so they cannot collide (months out, clear of other tests).
        for (int week = 0; week < 3; week++) {
            bookFirstFreeSlot(stack, LocalDate.now().plusDays(120 + 7L * week), email);
        }

        try (Browser browser = Browser.open("upcoming-booking-cap", Browser.Viewport.PHONE, true)) {
            var patient = new PatientSteps(browser, stack.gatewayUrl());
            patient.readTheArticle();
            patient.followTheArticlesBookButton();
            patient.pickTheFirstFreeSlot();
            patient.enterDetails("Cora", "Cap", email, "(212) 555-0177");

            browser.clickAndWaitFor("#confirm-booking", "#too-many-bookings");
            browser.check("too-many-upcoming-bookings");
            assertThat(browser.find("#too-many-bookings").getText()).contains("call us");
            assertThat(browser.find("#too-many-bookings a[href^='tel:']")).isNotNull();
            assertThat(browser.find("input[name=firstName]").getAttribute("value")).isEqualTo("Cora");
            assertThat(browser.find("input[name=email]").getAttribute("value")).isEqualTo(email);
        }
    }

    private static void bookFirstFreeSlot(LocalStack stack, LocalDate from, String email) throws Exception {
        JsonNode slot = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                        + "/api/booking/slots?appointmentTypeId=" + TYPE + "&from=" + from + "&to=" + from.plusDays(6)))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).get("slots").get(0);
        String body = """
                {"appointmentTypeId": "%s", "practitionerId": "%s", "start": "%s",
                 "patient": {"firstName": "Cora", "lastName": "Cap", "email": "%s", "phone": "+12125550177"}}"""
                .formatted(TYPE, slot.get("practitionerId").asString(), slot.get("start").asString(), email);
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/booking/appointments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
