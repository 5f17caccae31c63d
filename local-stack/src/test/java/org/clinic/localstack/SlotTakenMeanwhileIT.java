package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.PatientSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone else books the chosen time while the patient types: the form comes back with a friendly message, the
 * nearest free times, and everything the patient typed; choosing one of those times books it.
 */
@ExtendWith(RunningStack.class)
class SlotTakenMeanwhileIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aSlotTakenBetweenPickAndConfirmOffersTheNearestFreeSlotsAndKeepsWhatWasTyped() throws Exception {
        LocalStack stack = RunningStack.stack();
        try (Browser browser = Browser.open("slot-taken", Browser.Viewport.DESK, true)) {
            var patient = new PatientSteps(browser, stack.gatewayUrl());
            patient.readTheArticle();
            patient.followTheArticlesBookButton();
            patient.pickTheFirstFreeSlot();
            patient.enterDetails("Eli", "Fox", "eli.race@example.org", "(212) 555-0166");
            bookTheSameSlotElsewhere(stack, browser);

            browser.clickAndWaitFor("#confirm-booking", ".notice--error");
            browser.check("slot-taken");
            assertThat(browser.find("input[name=firstName]").getAttribute("value")).isEqualTo("Eli");
            assertThat(browser.find("input[name=email]").getAttribute("value")).isEqualTo("eli.race@example.org");
            var alternatives = browser.findAll("input[type=radio]");
            assertThat(alternatives).isNotEmpty();

            alternatives.get(0).click();
            assertThat(patient.confirm()).hasSize(8);
        }
    }

    private static void bookTheSameSlotElsewhere(LocalStack stack, Browser browser) throws Exception {
        String body = """
                {"appointmentTypeId": "%s", "practitionerId": "%s", "start": "%s",
                 "patient": {"firstName": "Quick", "lastName": "Caller", "email": "quick@example.org",
                             "phone": "+12125550100"}}""".formatted(
                browser.find("input[name=appointmentTypeId]").getAttribute("value"),
                browser.find("input[name=practitionerId]").getAttribute("value"),
                browser.find("input[name=start]").getAttribute("value"));
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/booking/appointments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
