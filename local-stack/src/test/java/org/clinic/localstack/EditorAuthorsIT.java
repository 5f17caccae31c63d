package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The author and condition pages in a real browser, through the gateway: the demo editor adds the clinic's new
 * clinician as an author on the desk's laptop (a refused form first, then the right one), then finds them in the list
 * on a phone without JavaScript, and opens a condition page's form there. Every page is checked with axe and for
 * sideways scrolling.
 */
@ExtendWith(RunningStack.class)
class EditorAuthorsIT {

    @Test
    void anEditorAddsAnAuthorAndFindsThemOnAPhone() {
        LocalStack stack = RunningStack.stack();
        String site = stack.gatewayUrl();
        String password = stack.staffPasswords().get("editor");
        try (Browser browser = Browser.open("editor-authors", Browser.Viewport.LAPTOP, true)) {
            new DeskSteps(browser, site).signInAt("/editor/authors", "editor", password);
            browser.check("authors");

            browser.clickAndWaitFor("#add-author", "#author-form");
            browser.type("#credentials", "PT, DPT");
            browser.type("#bio", "Sam treats runners and cyclists, and anyone whose knees complain on the stairs.");
            browser.type("#slug", "Sam Rivera");
            browser.clickAndWaitFor("#save", "#error-summary");
            assertThat(browser.find("#name-error").getText()).isEqualTo("The name is needed.");
            browser.check("author-refused");

            browser.type("#name", "Sam Rivera");
            browser.type("#slug", "sam-rivera");
            browser.clickAndWaitFor("#save", "#notice");
            assertThat(browser.find("#notice").getText()).startsWith("Author added");
            browser.check("author-added");
        }
        try (Browser phone = Browser.open("editor-authors-phone-no-js", Browser.Viewport.PHONE, false)) {
            var desk = new DeskSteps(phone, site);
            desk.signInQuickly("editor", password);
            desk.open("/editor/authors");
            assertThat(phone.find("#author-list tr[data-slug=sam-rivera]").getText()).contains("Sam Rivera", "PT, DPT");
            phone.check("authors-phone");

            desk.open("/editor/conditions/sciatica");
            assertThat(phone.find("#symptoms").getAttribute("value")).contains("\n");
            phone.check("condition-phone");
        }
    }
}
