package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.clinic.localstack.browser.PatientSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor in a real browser, through the gateway of the whole system: the demo editor signs in, writes an article
 * with a heading, a list and a link, watches the preview, publishes it; patients find it on the site, in the sitemap
 * and the feed, and book from it; the booking shows in the article's figures. A colleague's save meanwhile shows the
 * conflict without losing what was typed. Every page is checked with axe and for sideways scrolling.
 */
@ExtendWith(RunningStack.class)
class EditorWorkflowIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anEditorPublishesAnArticleThatPatientsReadAndBookFromAndSeesTheBookingCounted() throws Exception {
        LocalStack stack = RunningStack.stack();
        String site = stack.gatewayUrl();
        try (Browser browser = Browser.open("editor-write", Browser.Viewport.LAPTOP, true)) {
            new DeskSteps(browser, site).signInAt("/editor", "editor", stack.staffPasswords().get("editor"));
            browser.check("article-list");

            browser.clickAndWaitFor("#new-article", "#article-form");
            browser.type("#title", "Stretches for desk workers");
            browser.type("#summary", "Five minutes an hour keeps a stiff neck and back away.");
            browser.type("#body", "## Every hour\n\n- roll your shoulders\n- stand and reach up\n\n"
                    + "Read [our posture guide](https://example.org/posture) too.");
            await().atMost(Duration.ofSeconds(15)).until(() -> browser.findAll("#preview-body h2").stream()
                    .anyMatch(h2 -> h2.getText().equals("Every hour")));
            assertThat(browser.findAll("#preview-body li")).hasSize(2);
            assertThat(browser.find("#preview-body a").getAttribute("href")).isEqualTo("https://example.org/posture");
            assertThat(browser.find("#preview-title").getText()).isEqualTo("Stretches for desk workers");
            browser.check("writing-with-live-preview");

            browser.clickAndWaitFor("#publish", "#notice");
            assertThat(browser.find("#notice").getText()).startsWith("Published");
            assertThat(browser.driver().getCurrentUrl()).contains("/editor/articles/stretches-for-desk-workers");
            browser.check("published");

            browser.clickAndWaitFor("#view-on-site", "#cta-book");
            assertThat(browser.find("main h1").getText()).isEqualTo("Stretches for desk workers");
            assertThat(browser.find(".article__body h2").getText()).isEqualTo("Every hour");
            browser.check("public-article");
            assertThat(fetch(site + "/sitemap.xml")).contains(site + "/articles/stretches-for-desk-workers");
            assertThat(fetch(site + "/feed.xml")).contains("Stretches for desk workers");

            browser.clickAndWaitFor("#cta-book", ".type-link");
            browser.clickAndWaitFor(".type-link", "a.slot");
            assertThat(browser.driver().getCurrentUrl()).contains("source=stretches-for-desk-workers");
            var patient = new PatientSteps(browser, site);
            patient.pickASlotNextWeek();
            patient.enterDetails("Rae", "Okoro", "rae.editor-flow@example.org", "(212) 555-0144");
            assertThat(patient.confirm()).hasSize(8);

            // The booking travels booking-service → Kafka → content-service; the editor's page counts it.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                browser.visit(site + "/editor/articles/stretches-for-desk-workers");
                return browser.waitFor("#bookings-30").getText().startsWith("1");
            });
            browser.check("booking-counted");
            // Other tests book from the demo articles too: the list is in descending order, this article among them.
            browser.visit(site + "/editor?sort=bookings30");
            List<Integer> booked30 = browser.findAll(".article-row td:nth-child(5) .booked").stream()
                    .map(cell -> Integer.parseInt(cell.getText())).toList();
            assertThat(booked30).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(browser.find(".article-row[data-slug=stretches-for-desk-workers] td:nth-child(5) .booked")
                    .getText()).isEqualTo("1");
        }
    }

    @Test
    void aColleaguesSaveMeanwhileShowsTheConflictAndNothingTypedIsLost() throws Exception {
        LocalStack stack = RunningStack.stack();
        String site = stack.gatewayUrl();
        String colleague = token(stack, "admin");
        send(site, "POST", "/api/content/articles", colleague, null, Map.of("title", "Heel pain in the morning",
                "bodyMarkdown", "First text.", "authorSlug", "maya-lin"));
        try (Browser browser = Browser.open("editor-conflict", Browser.Viewport.LAPTOP, true)) {
            new DeskSteps(browser, site).signInQuickly("editor", stack.staffPasswords().get("editor"));
            browser.visit(site + "/editor/articles/heel-pain-in-the-morning");
            browser.waitFor("#body");

            send(site, "PUT", "/api/content/articles/heel-pain-in-the-morning", colleague, "\"1\"",
                    Map.of("title", "Heel pain in the morning", "bodyMarkdown", "The admin's rewrite.",
                            "authorSlug", "maya-lin"));
            browser.type("#body", "My careful paragraph about plantar fascia.");
            browser.clickAndWaitFor("#save", "#conflict");

            assertThat(browser.find("#conflict-title").getText())
                    .isEqualTo("admin changed this article while you were writing");
            assertThat(browser.find("#body").getAttribute("value"))
                    .isEqualTo("My careful paragraph about plantar fascia.");
            assertThat(browser.find("#conflict-diff").getText()).contains("The admin's rewrite.");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("conflict");
            browser.check("conflict");

            browser.clickAndWaitFor("#save", "#notice");
            assertThat(browser.find("#notice").getText()).isEqualTo("Saved.");
            assertThat(browser.find("#body").getAttribute("value"))
                    .isEqualTo("My careful paragraph about plantar fascia.");
        }
    }

    @Test
    void onAPhoneWithoutJavaScriptTheEditorStillWritesAndPreviews() {
        LocalStack stack = RunningStack.stack();
        String site = stack.gatewayUrl();
        try (Browser browser = Browser.open("editor-phone-no-js", Browser.Viewport.PHONE, false)) {
            new DeskSteps(browser, site).signInQuickly("editor", stack.staffPasswords().get("editor"));
            browser.visit(site + "/editor");
            browser.waitFor("#article-list");
            browser.check("article-list-phone");

            browser.visit(site + "/editor/articles/new");
            browser.type("#title", "Sleeping with a sore neck");
            browser.type("#body", "## Pillows\n\n- one, not three");
            browser.clickAndWaitFor("#preview-button", "#preview-body h2");
            assertThat(browser.find("#preview-body h2").getText()).isEqualTo("Pillows");
            assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Sleeping with a sore neck");
            browser.check("preview-without-javascript");

            browser.clickAndWaitFor("#save", "#notice");
            assertThat(browser.find("#notice").getText()).startsWith("Draft saved");
            List<String> links = browser.findAll("#article-state a").stream().map(a -> a.getText()).toList();
            assertThat(links).contains("History", "Delete draft");
            assertThat(browser.driver().findElements(By.id("view-on-site"))).isEmpty();
            browser.check("saved-draft-phone");
        }
    }

    private static String fetch(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String token(LocalStack stack, String user) throws Exception {
        String body = JSON.writeValueAsString(Map.of("username", user, "password", stack.staffPasswords().get(user)));
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(login.body()).get("token").asString();
    }

    private static void send(String site, String method, String path, String token, String ifMatch,
            Map<String, Object> body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(site + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }
}
