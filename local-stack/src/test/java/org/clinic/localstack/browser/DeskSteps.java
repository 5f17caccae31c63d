package org.clinic.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;

/**
 * What the front desk does, step by step, in one browser: signing in, then working in the desk's pages. Steps wait
 * for the page they lead to; tests call {@link Browser#check(String)} where a screen should be looked at.
 */
public final class DeskSteps {

    private final Browser browser;
    private final String site;

    public DeskSteps(Browser browser, String gatewayUrl) {
        this.browser = browser;
        this.site = gatewayUrl;
    }

    public String site() {
        return site;
    }

    /**
     * Opens {@code path} (e.g. {@code /desk}) as a signed-out receptionist would: the desk sends the browser to the
     * gateway's login page, which returns to {@code path} after the form is sent.
     */
    public void signInAt(String path, String username, String password) {
        browser.visit(site + path);
        browser.waitFor("input[name=username]");
        assertThat(browser.driver().getCurrentUrl()).contains("/login?next=");
        browser.type("input[name=username]", username);
        browser.type("input[name=password]", password);
        browser.find("input[name=password]").submit();
        browser.waitFor("main");
        assertThat(browser.driver().getCurrentUrl()).startsWith(site + path);
    }

    /**
     * Signs in through the JSON login from inside the page (the cookie it sets is the same one the login page
     * sets), for tests about what comes after signing in.
     */
    public void signInQuickly(String username, String password) {
        browser.visit(site + "/robots.txt");
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/auth/login', {method: 'POST', headers: {'Content-Type': 'application/json'},
                    body: JSON.stringify({username: arguments[0], password: arguments[1]})})
                  .then(r => done(r.status), e => done(String(e)));""", username, password);
        assertThat(status).isEqualTo(200L);
    }

    public void open(String path) {
        browser.visit(site + path);
        browser.waitFor("main");
    }

    /** The text of the page's main heading, e.g. to check where a redirect led. */
    public String heading() {
        return browser.driver().findElement(By.cssSelector("main h1")).getText();
    }
}
