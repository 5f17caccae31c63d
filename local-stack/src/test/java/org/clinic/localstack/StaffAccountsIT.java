package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff accounts in a real browser through the gateway: the demo admin adds a receptionist, who signs in with the
 * temporary password, is asked to choose their own and does, and whom the admin then disables.
 */
@ExtendWith(RunningStack.class)
class StaffAccountsIT {

    private static final String OWN_PASSWORD = "lantern over the river";

    private final String site = RunningStack.stack().gatewayUrl();

    @Test
    void anAdminAddsAReceptionistWhoChoosesTheirOwnPasswordAndIsLaterDisabled() {
        String receptionist = "fran" + Long.toString(System.nanoTime() % 1_000_000, 36);
        try (Browser browser = Browser.open("staff-accounts", Browser.Viewport.LAPTOP, true)) {
            var steps = new DeskSteps(browser, site);

            steps.signInAt("/admin/staff", "admin", RunningStack.stack().staffPasswords().get("admin"));
            browser.check("staff-list");
            browser.type("#username", receptionist);
            browser.type("#displayName", "Fran Front");
            browser.find("input[name=roles][value=FRONT_DESK]").click();
            browser.clickAndWaitFor("#add-staff", "#temporary-password");
            browser.check("staff-added");
            String temporary = browser.find("#temporary-password").getText();
            signOut(browser);

            browser.visit(site + "/desk");
            signInOnThePage(browser, receptionist, temporary);
            browser.waitFor("#currentPassword");
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(site + "/account/password?next=%2Fdesk");
            browser.check("choose-own-password");
            browser.type("#currentPassword", temporary);
            browser.type("#newPassword", OWN_PASSWORD);
            browser.type("#repeatPassword", OWN_PASSWORD);
            browser.clickAndWaitFor("#change-password", "#password-changed");
            browser.check("password-changed");
            browser.clickAndWaitFor("#continue", "main h1");
            assertThat(browser.driver().getCurrentUrl()).startsWith(site + "/desk");
            signOut(browser);

            steps.signInAt("/admin/staff/" + receptionist, "admin", RunningStack.stack().staffPasswords().get("admin"));
            browser.clickAndWaitFor("#disable", "#notice");
            assertThat(browser.find("#account-status").getText()).startsWith("Disabled");
            browser.check("staff-disabled");
            signOut(browser);

            signInOnThePage(browser, receptionist, OWN_PASSWORD);
            assertThat(browser.waitFor("#login-error").getText()).contains("Username or password is incorrect");
        }
    }

    @Test
    void theStaffListWorksOnAPhone() {
        try (Browser browser = Browser.open("staff-accounts-phone", Browser.Viewport.PHONE, true)) {
            new DeskSteps(browser, site).signInAt("/admin/staff", "admin",
                    RunningStack.stack().staffPasswords().get("admin"));
            browser.check("staff-list-phone");
            browser.find("#staff-table a[href='/admin/staff/desk']").click();
            browser.waitFor("#save-roles");
            browser.check("staff-account-phone");
        }
    }

    private void signInOnThePage(Browser browser, String username, String password) {
        if (!browser.driver().getCurrentUrl().contains("/login")) {
            browser.visit(site + "/login");
        }
        browser.waitFor("input[name=username]");
        browser.type("input[name=username]", username);
        browser.type("input[name=password]", password);
        browser.find("input[name=password]").submit();
    }

    private static void signOut(Browser browser) {
        browser.clickAndWaitFor(".staff-header__account button[type=submit]", "input[name=username]");
    }
}
