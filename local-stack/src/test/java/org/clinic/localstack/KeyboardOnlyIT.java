package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.PatientSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A patient who cannot use a mouse: Tab reaches the slots in the page's order with a visible focus ring, Enter
 * follows one, and the details form is filled and sent from the keyboard alone.
 */
@ExtendWith(RunningStack.class)
class KeyboardOnlyIT {

    private static final int MAX_TABS = 80;

    @Test
    void aPatientBooksWithTheKeyboardAlone() {
        LocalStack stack = RunningStack.stack();
        try (Browser browser = Browser.open("keyboard-only", Browser.Viewport.DESK, true)) {
            browser.visit(stack.gatewayUrl() + "/book?appointmentTypeId=" + PatientSteps.INITIAL_EVALUATION);
            browser.waitFor("a.slot");

            tabUntilFocusIsOn(browser, "a.slot");
            assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle"))
                    .as("a visible focus ring on the slot").isNotEqualTo("none");
            assertThat(browser.script("return document.activeElement.getAttribute('aria-label')").toString())
                    .as("the slot is announced with its day, not just a time").matches(".*day \\d+ \\w+, .*");
            browser.screenshot("slot-focused");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.waitFor("#confirm-booking");

            tabUntilFocusIsOn(browser, "input[name=firstName]");
            new Actions(browser.driver()).sendKeys("Kay").sendKeys(Keys.TAB).sendKeys("Lee")
                    .sendKeys(Keys.TAB).sendKeys("kay.keyboard@example.org")
                    .sendKeys(Keys.TAB).sendKeys("(212) 555-0188").sendKeys(Keys.ENTER).perform();
            browser.waitFor("#reference");
            browser.check("booked-by-keyboard");
        }
    }

    private static void tabUntilFocusIsOn(Browser browser, String css) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(browser.script("return document.activeElement.matches('" + css + "')"))) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + css + " within " + MAX_TABS + " presses");
    }
}
