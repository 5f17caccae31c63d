package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.PatientSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same booking with JavaScript switched off in the browser: plain links, forms and redirects only. */
@ExtendWith(RunningStack.class)
class BookingWithoutJavaScriptIT {

    @Test
    void aPatientBooksAndCancelsWithJavaScriptOff() {
        LocalStack stack = RunningStack.stack();
        try (Browser browser = Browser.open("no-javascript", Browser.Viewport.PHONE, false)) {
            var patient = new PatientSteps(browser, stack.gatewayUrl());
            patient.readTheArticle();
            patient.followTheArticlesBookButton();
            assertThat(browser.script("return typeof window.htmx")).as("htmx must not have run").isEqualTo("undefined");
            patient.pickASlotNextWeek();
            patient.enterDetails("Dee", "Evans", "dee.nojs@example.org", "212-555-0144");
            String reference = patient.confirm();
            assertThat(reference).hasSize(8);
            browser.clickAndWaitFor("#manage-link", "#cancel");
            browser.check("manage");
            patient.cancel();
        }
    }
}
