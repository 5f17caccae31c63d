package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.PatientSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A patient in a real browser, through the gateway of the whole system: reads an article, books from its Book
 * button, gets the confirmation email, and from the email's link reschedules and then cancels. Every page visited
 * is checked with axe and for sideways scrolling; screenshots land in {@code target/screenshots/}.
 */
@ExtendWith(RunningStack.class)
class PatientJourneyIT {

    @Test
    void aPatientBooksFromAnArticleThenReschedulesAndCancelsFromTheEmailsLink() {
        LocalStack stack = RunningStack.stack();
        String reference;
        try (Browser browser = Browser.open("journey-desk", Browser.Viewport.DESK, true)) {
            var patient = new PatientSteps(browser, stack.gatewayUrl());
            patient.openHome();
            patient.readTheArticle();
            patient.followTheArticlesBookButton();
            assertThat(browser.script("return typeof window.htmx")).isEqualTo("object");
            patient.pickASlotNextWeek();
            patient.enterDetails("Ana", "Ruiz", "ana.journey@example.org", "(212) 555-0123");
            reference = patient.confirm();
        }
        assertThat(reference).hasSize(8);
        // The email is opened later, in another browser: only the link's token can open the booking there.
        try (Browser browser = Browser.open("journey-email-link", Browser.Viewport.DESK, true)) {
            var patient = new PatientSteps(browser, stack.gatewayUrl());
            patient.openTheManageLink(patient.manageLinkFromTheEmail(stack.inboxUrl(), reference));
            patient.rescheduleToAnotherSlot();
            patient.cancel();
        }
    }

    @Test
    void thePhoneJourneyWorksAt390PixelsWide() {
        LocalStack stack = RunningStack.stack();
        try (Browser browser = Browser.open("journey-phone", Browser.Viewport.PHONE, true)) {
            var patient = new PatientSteps(browser, stack.gatewayUrl());
            patient.openHome();
            patient.readTheArticle();
            patient.followTheArticlesBookButton();
            patient.pickTheFirstFreeSlot();
            patient.enterDetails("Bo", "Chen", "bo.phone@example.org", "+1 212 555 0175");
            assertThat(browser.find("#confirm-booking").getRect().getWidth()).isLessThanOrEqualTo(390);
            assertThat(patient.confirm()).hasSize(8);
        }
    }

    @Test
    void everyPatientPageFitsA320PixelScreen() {
        LocalStack stack = RunningStack.stack();
        try (Browser browser = Browser.open("narrow-320", Browser.Viewport.NARROW_PHONE, true)) {
            var patient = new PatientSteps(browser, stack.gatewayUrl());
            patient.openHome();
            browser.visit(stack.gatewayUrl() + "/articles");
            browser.check("articles");
            patient.readTheArticle();
            patient.followTheArticlesBookButton();
            patient.pickTheFirstFreeSlot();
            patient.enterDetails("Cy", "Dunn", "cy.narrow@example.org", "2125550199");
            patient.confirm();
        }
    }
}
