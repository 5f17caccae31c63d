package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.json.JsonMapper;

/**
 * An editor goes back to an earlier version of an article through the gateway, in a browser: the history, the
 * comparison with the current text, and a restore that lands on the edit page with the old words. At the desk's
 * laptop by keyboard alone, and on a phone with JavaScript off; every page accessible (axe) and no wider than the
 * screen. Each test writes an article of its own through the API (the stack is shared).
 */
@ExtendWith(RunningStack.class)
class EditorHistoryIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TABS = 60;
    private static final String FIRST_BODY = "## Before you run\n\nWarm up for ten minutes.\n\n- calf raises\n- easy jog\n";
    /** The third version: a line changed, and a line without spaces that must wrap on a phone, not widen the page. */
    private static final String THIRD_BODY = "## Before you run\n\nWarm up for five minutes.\n\n- calf raises\n"
            + "- easy jog\n\nMore: https://example.org/running/shin-splints/warming-up-before-a-run-and-cooling-down\n";

    @Test
    void atTheLaptopAnEditorComparesAnOldVersionAndRestoresItByKeyboard() throws Exception {
        LocalStack stack = RunningStack.stack();
        String slug = articleSavedThreeTimes(stack, "shin-splints-by-keyboard");
        try (Browser browser = Browser.open("editor-history", Browser.Viewport.LAPTOP, true)) {
            var editor = new DeskSteps(browser, stack.gatewayUrl());
            editor.signInQuickly("editor", stack.staffPasswords().get("editor"));
            editor.open("/editor/articles/" + slug + "/history");
            assertThat(browser.findAll("#revisions > li")).hasSize(3);
            browser.check("history");

            tabTo(browser, "a[href$='/history/1/compare']");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.waitFor("#diff");
            assertThat(browser.find("#changed-fields").getText()).contains("Shin splints", "Shin splints: easing back");
            assertThat(browser.find("#diff .diff__line--removed").getText()).contains("Warm up for ten minutes.");
            browser.check("compare");
            showDiff(browser, "compare-text");

            editor.open("/editor/articles/" + slug + "/history/1");
            assertThat(browser.find("#source").getText()).contains("Warm up for ten minutes.");
            browser.check("revision");
            browser.script("document.getElementById('rendered').scrollIntoView()");
            browser.screenshot("revision-text");
            tabTo(browser, "#restore");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.waitFor("#notice");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/editor/articles/" + slug + "?done=restored");
            assertThat(browser.find("#notice").getText()).startsWith("Restored");
            assertThat(browser.find("textarea[name=bodyMarkdown]").getDomProperty("value")).isEqualTo(FIRST_BODY);
            browser.check("restored-on-the-edit-page");
        }
    }

    @Test
    void onAPhoneWithoutJavaScriptTheHistoryReadsComparesAndRestores() throws Exception {
        LocalStack stack = RunningStack.stack();
        String slug = articleSavedThreeTimes(stack, "shin-splints-on-a-phone");
        try (Browser browser = Browser.open("editor-history-phone", Browser.Viewport.PHONE, false)) {
            var editor = new DeskSteps(browser, stack.gatewayUrl());
            editor.signInQuickly("editor", stack.staffPasswords().get("editor"));
            editor.open("/editor/articles/" + slug + "/history");
            browser.check("history-phone");

            browser.clickAndWaitFor("a[href$='/history/1']", "#rendered");
            assertThat(browser.find("#rendered h2").getText()).isEqualTo("Before you run");
            browser.check("revision-phone");
            browser.clickAndWaitFor("#compare", "#diff");
            browser.check("compare-phone");
            showDiff(browser, "compare-text-phone");

            browser.clickAndWaitFor("#restore", "#notice");
            assertThat(browser.find("#title").getDomProperty("value")).isEqualTo("Shin splints");
            browser.check("restored-phone");
        }
    }

    /** Version 1, then a new title (2), then new words (3); answers the slug. */
    private static String articleSavedThreeTimes(LocalStack stack, String slug) throws Exception {
        String token = JSON.readTree(call(stack, "POST", "/api/auth/login", JSON.writeValueAsString(Map.of(
                "username", "editor", "password", stack.staffPasswords().get("editor"))), null, null)).get("token")
                .asString();
        call(stack, "POST", "/api/content/articles", draft(slug, "Shin splints", FIRST_BODY), token, null);
        call(stack, "PUT", "/api/content/articles/" + slug, draft(slug, "Shin splints: easing back", FIRST_BODY),
                token, "\"1\"");
        call(stack, "PUT", "/api/content/articles/" + slug, draft(slug, "Shin splints: easing back", THIRD_BODY),
                token, "\"2\"");
        return slug;
    }

    private static String draft(String slug, String title, String body) {
        return JSON.writeValueAsString(Map.of("slug", slug, "title", title, "summary", "Sore shins after running.",
                "bodyMarkdown", body, "authorSlug", "maya-lin", "tags", List.of("running"), "conditions", List.of()));
    }

    private static String call(LocalStack stack, String method, String path, String json, String token,
            String ifMatch) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }

    /** The line diff is below the first screen: a screenshot of it too, to look at. */
    private static void showDiff(Browser browser, String stepName) {
        browser.script("document.getElementById('diff').scrollIntoView()");
        browser.screenshot(stepName);
    }

    private static void tabTo(Browser browser, String css) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(browser.script("return document.activeElement.matches(\"" + css + "\")"))) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + css + " within " + MAX_TABS + " presses");
    }
}
