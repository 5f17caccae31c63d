package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Getting into the desk, in a real browser through the gateway: the login page and back to the page asked for,
 * signing out, a role without the desk refused, and a form another site makes the browser send refused.
 */
@ExtendWith(RunningStack.class)
class DeskAccessIT {

    private static final String DR_LIN = "22222222-0000-0000-0000-000000000002";

    private final String site = RunningStack.stack().gatewayUrl();

    private String password(String user) {
        return RunningStack.stack().staffPasswords().get(user);
    }

    @Test
    void aReceptionistSignsInAtTheLoginPageLandsOnThePageAskedForAndSignsOut() {
        try (Browser browser = Browser.open("desk-sign-in", Browser.Viewport.LAPTOP, true)) {
            var desk = new DeskSteps(browser, site);

            browser.visit(site + "/desk/hours");
            browser.waitFor("input[name=username]");
            browser.check("login-page");
            browser.type("input[name=username]", "desk");
            browser.type("input[name=password]", "not the password");
            browser.find("input[name=password]").submit();
            browser.waitFor("[role=alert]");
            browser.check("login-refused");

            desk.signInAt("/desk/hours", "desk", password("desk"));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(site + "/desk/hours");

            browser.clickAndWaitFor(".staff-header__account button[type=submit]", "input[name=username]");
            browser.visit(site + "/desk");
            browser.waitFor("input[name=username]");
            assertThat(browser.driver().getCurrentUrl()).contains("/login?next=");
        }
    }

    /**
     * The session runs out while a form is half typed (the cookie is gone, as when its token expired): sending the form
     * leads to the login page, and signing in again returns to the same form with what was typed still there.
     */
    @Test
    void anExpiredSessionMidFormSignsInAgainAndLosesNothingTyped() {
        String hours = "/desk/hours/" + DR_LIN;
        try (Browser browser = Browser.open("desk-session-expired", Browser.Viewport.LAPTOP, true)) {
            var desk = new DeskSteps(browser, site);
            desk.signInQuickly("desk", password("desk"));
            desk.open(hours);
            browser.type("#off-reason", "Conference in Denver");

            browser.driver().manage().deleteCookieNamed("CLINIC_SESSION");
            browser.find("#record-time-off").click();
            browser.waitFor("input[name=username]");
            assertThat(browser.driver().getCurrentUrl()).contains("/login?next=%2Fdesk%2Fhours%2F" + DR_LIN);
            browser.type("input[name=username]", "desk");
            browser.type("input[name=password]", password("desk"));
            browser.find("input[name=password]").submit();

            browser.waitFor(".draft-restored");
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(site + hours);
            assertThat(browser.find("#off-reason").getAttribute("value")).isEqualTo("Conference in Denver");
            browser.check("draft-restored");
        }
    }

    @Test
    void theLoginPageWorksOnAPhone() {
        try (Browser browser = Browser.open("desk-sign-in-phone", Browser.Viewport.PHONE, true)) {
            new DeskSteps(browser, site).signInAt("/desk", "admin", password("admin"));
            browser.screenshot("desk-after-sign-in");
        }
    }

    @Test
    void anEditorIsShownThatTheDeskIsNotForTheirRole() {
        try (Browser browser = Browser.open("desk-editor-refused", Browser.Viewport.LAPTOP, true)) {
            new DeskSteps(browser, site).signInQuickly("editor", password("editor"));
            browser.visit(site + "/desk");
            assertThat(browser.waitFor("main h1").getText()).isEqualTo("This page is not open to your account");
            browser.check("editor-refused");
        }
    }

    /**
     * Another site on the same host (another port: same-site, so even the SameSite=Strict session cookie goes along)
     * makes the signed-in receptionist's browser post a booking form to the desk: refused, nothing booked.
     */
    @Test
    void aFormPostedFromAnotherSiteIsRefusedEvenWithTheSessionCookie() throws IOException {
        HttpServer evil = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        String form = "<!doctype html><title>Win a prize</title><form method=post action='" + site + "/desk/book'>"
                + "<input name=firstName value=Mallory><input name=lastName value=Intruder>"
                + "<button id=go>Claim</button></form>";
        evil.createContext("/", exchange -> {
            byte[] body = form.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        evil.start();
        try (Browser browser = Browser.open("desk-cross-site", Browser.Viewport.LAPTOP, true)) {
            new DeskSteps(browser, site).signInQuickly("desk", password("desk"));
            browser.visit("http://localhost:" + evil.getAddress().getPort() + "/");
            browser.clickAndWaitFor("#go", "main h1");
            assertThat(browser.find("main h1").getText()).isEqualTo("That form came from another site");
        } finally {
            evil.stop(0);
        }
    }
}
