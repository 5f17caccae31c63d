package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.PatientSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same booking with JavaScript off in the browser: plain links, forms and redirects only, then cancelled from
 * the email's link.
 */
@ExtendWith(RunningStack.class)
class BookingWithoutJavaScriptIT {

    @Test
    void aPatientBooksAndCancelsWithJavaScriptOff() {
        LocalStack stack = RunningStack.stack();
        String reference;
        try (Browser browser = Browser.open("no-javascript", Browser.Viewport.PHONE, false)) {
            var patient = new PatientSteps(browser, stack.gatewayUrl());
            patient.readTheArticle();
            patient.followTheArticlesBookButton();
            assertThat(browser.script("return typeof window.htmx")).as("htmx must not have run").isEqualTo("undefined");
            patient.pickASlotNextWeek();
            patient.enterDetails("Dee", "Evans", "dee.nojs@example.org", "212-555-0144");
            reference = patient.confirm();
            assertThat(reference).hasSize(8);
            browser.clickAndWaitFor("#manage-link", "#cancel");
            browser.check("manage");
        }
        // Later, from the email in another browser, still without JavaScript: nothing can read the link's
        // fragment, so the page asks for the code after "#token=", which the patient pastes.
        try (Browser browser = Browser.open("no-javascript-email-link", Browser.Viewport.PHONE, false)) {
            var patient = new PatientSteps(browser, stack.gatewayUrl());
            String link = patient.manageLinkFromTheEmail(stack.inboxUrl(), reference);
            browser.visit(link);
            browser.waitFor("#token");
            browser.check("link-code-form");
            browser.type("#token", link.substring(link.indexOf("#token=") + "#token=".length()));
            browser.clickAndWaitFor("#open-appointment", "#cancel");
            browser.check("manage");
            patient.cancel();
        }
    }
}
