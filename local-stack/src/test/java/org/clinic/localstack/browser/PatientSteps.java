package org.clinic.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a patient does on the site, step by step, in one browser: the journeys' shared vocabulary. Each step waits
 * for the page it leads to and checks it (screenshot, sideways scrolling, axe) under the given step name.
 */
public final class PatientSteps {

    public static final String ARTICLE = "lower-back-pain-first-steps";
    /** The article's call to action books an initial evaluation (demo data of both services). */
    public static final String INITIAL_EVALUATION = "11111111-0000-0000-0000-000000000001";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Browser browser;
    private final String site;

    public PatientSteps(Browser browser, String gatewayUrl) {
        this.browser = browser;
        this.site = gatewayUrl;
    }

    public void openHome() {
        browser.visit(site + "/");
        browser.waitFor("main h1");
        browser.check("home");
    }

    public void readTheArticle() {
        browser.visit(site + "/articles/" + ARTICLE);
        browser.waitFor("#cta-book");
        browser.check("article");
    }

    /** From the article's Book button to a week of slots with the article's appointment type already chosen. */
    public void followTheArticlesBookButton() {
        browser.clickAndWaitFor("#cta-book", "a.slot");
        assertThat(browser.driver().getCurrentUrl()).contains("appointmentTypeId=" + INITIAL_EVALUATION)
                .contains("source=" + ARTICLE);
        browser.check("slot-week");
    }

    public void pickTheFirstFreeSlot() {
        browser.clickAndWaitFor("a.slot", "#confirm-booking");
        browser.check("details");
    }

    /**
     * The last free time of the following week: at least a day ahead whatever today is, so outside the clinic's
     * 24-hour cutoff and the patient may still reschedule and cancel it online.
     */
    public void pickASlotNextWeek() {
        browser.clickAndWaitForChange("#later-week", "#week-title");
        browser.check("next-week");
        var slots = browser.findAll("a.slot");
        slots.get(slots.size() - 1).click();
        browser.waitFor("#confirm-booking");
        browser.check("details");
    }

    public void enterDetails(String firstName, String lastName, String email, String phone) {
        browser.type("input[name=firstName]", firstName);
        browser.type("input[name=lastName]", lastName);
        browser.type("input[name=email]", email);
        browser.type("input[name=phone]", phone);
    }

    /** @return the reference the confirmation shows */
    public String confirm() {
        browser.clickAndWaitFor("#confirm-booking", "#reference");
        browser.check("confirmation");
        return browser.find("#reference").getText().replaceAll("[^A-Z0-9]", "");
    }

    /** The manage link from the confirmation email, with its token in the fragment. */
    public String manageLinkFromTheEmail(String inboxUrl, String reference) {
        Pattern link = Pattern.compile("(https?://\\S+/manage/" + reference + "#token=[A-Za-z0-9_-]+)");
        AtomicReference<String> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode messages = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(inboxUrl + "/api/messages"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).get("messages");
            for (JsonNode message : messages) {
                Matcher m = link.matcher(message.get("text").asString());
                if (m.find()) {
                    found.set(m.group(1));
                }
            }
            assertThat(found.get()).as("a manage link for %s in the inbox", reference).isNotNull();
        });
        return found.get();
    }

    public void openTheManageLink(String link) {
        browser.visit(link);
        browser.waitFor("#cancel");
        browser.check("manage");
    }

    /** Reschedules to the last slot the picker offers (a different time than the first). */
    /**
     * Moves the visit to the first time of the week after next: a time sooner can be within the 24-hour cutoff (on
     * a Friday afternoon Saturday morning is, on a Sunday Monday morning), and the next step cancels online.
     */
    public void rescheduleToAnotherSlot() {
        browser.clickAndWaitFor("#reschedule", "#later-week");
        browser.clickAndWaitForChange("#later-week", "#week-title");
        browser.clickAndWaitForChange("#later-week", "#week-title");
        browser.check("reschedule-week");
        browser.findAll("a.slot").get(0).click();
        browser.waitFor("#confirm-reschedule");
        browser.check("reschedule-confirm");
        browser.clickAndWaitFor("#confirm-reschedule", ".notice--ok");
        browser.check("rescheduled");
    }

    public void cancel() {
        browser.clickAndWaitFor("#cancel", "#confirm-cancel");
        browser.type("textarea[name=reason]", "Feeling better, thank you");
        browser.check("cancel-confirm");
        browser.clickAndWaitFor("#confirm-cancel", "#status");
        assertThat(browser.find("#status").getText()).containsIgnoringCase("cancelled");
        browser.check("cancelled");
    }
}
