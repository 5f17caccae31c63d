package org.clinic.content.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.clinic.content.EditorTestSupport;
import org.clinic.testsupport.PageClient;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's list and writing pages with JavaScript off: forms, refusals, publishing, the conflict, figures. */
class EditorPagesIT extends EditorTestSupport {

    private static final String[] EDITOR = {"Authorization", "Bearer " + ANA};
    private static final String[] POST = {EDITOR[0], EDITOR[1], "Sec-Fetch-Site", "same-origin"};

    private PageClient browser;

    @BeforeEach
    void browser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @AfterEach
    void forgetBookings() {
        jdbc.sql("DELETE FROM article_booking").update();
    }

    @Test
    void theListShowsEveryStateAndFiltersBySearchWordsAndState() {
        created(draft("Knee pain on the stairs"));

        var all = browser.get("/editor", EDITOR);
        var drafts = browser.get("/editor?status=draft", EDITOR);
        var found = browser.get("/editor?q=stairs", EDITOR);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.one("nav a[aria-current=page]").text()).isEqualTo("Articles");
        assertThat(all.doc().select(".article-row .status-badge").eachText()).contains("Draft", "Published");
        assertThat(drafts.doc().select(".article-row__title").eachText()).contains("Knee pain on the stairs");
        assertThat(drafts.doc().select(".article-row .status-badge").eachText()).containsOnly("Draft");
        assertThat(drafts.one("#filter-status option[selected]").val()).isEqualTo("draft");
        assertThat(found.doc().select(".article-row__title").eachText()).contains("Knee pain on the stairs")
                .doesNotContain("Lower Back Pain: What Helps in the First Few Weeks");
        assertThat(browser.get("/editor?status=nonsense&page=x", EDITOR).status()).isEqualTo(200);
    }

    @Test
    void theListSortsByTheBookingsAnArticleBroughtUnderAnyOfItsAddresses() {
        created(draft("Shoulder after a fall"));
        var renamed = draft("Shoulder after a fall");
        renamed.put("slug", "shoulder-after-falling");
        assertThat(save(ANA, "shoulder-after-a-fall", "\"1\"", renamed).status()).isEqualTo(200);
        booked("shoulder-after-a-fall", 3, false);
        booked("shoulder-after-falling", 1, true);
        booked("shoulder-after-falling", 40, false);

        var page = browser.get("/editor?sort=bookings30", EDITOR);

        var first = page.one(".article-row");
        assertThat(first.attr("data-slug")).isEqualTo("shoulder-after-falling");
        assertThat(first.select("td").get(4).text()).isEqualTo("2 (1 cancelled)");
        assertThat(first.select("td").get(5).text()).isEqualTo("3 (1 cancelled)");
        assertThat(page.one("th[aria-sort=descending]").text()).isEqualTo("Bookings, 30 days");
        var edit = browser.get("/editor/articles/shoulder-after-falling", EDITOR);
        assertThat(edit.one("#bookings-30").text()).isEqualTo("2 (1 cancelled)");
        assertThat(edit.one("#bookings-90").text()).isEqualTo("3 (1 cancelled)");
    }

    @Test
    void aNewArticleIsSavedAsADraftAndPublishedFromTheSameForm() {
        var form = browser.get("/editor/articles/new", EDITOR);
        Map<String, String> fields = formOf(form);
        fields.put("title", "Walking after knee surgery");
        fields.put("summary", "When to start, and how far.");
        fields.put("bodyMarkdown", "## Week one\n\n- short walks\n- ice\n\n[Book](https://example.org/book)");
        fields.put("conditions", "sciatica");
        fields.put("intent", "save");

        var created = browser.post("/editor/articles/new", fields, POST);

        assertThat(created.status()).isEqualTo(303);
        assertThat(created.header("Location")).isEqualTo("/editor/articles/walking-after-knee-surgery?done=created");
        assertThat(form.one("#article-form").attr("action")).isEqualTo("/editor/articles/new");
        var page = browser.get("/editor/articles/walking-after-knee-surgery?done=created", EDITOR);
        assertThat(page.one("#notice").text()).startsWith("Draft saved.");
        assertThat(page.one("#preview-body h2").text()).isEqualTo("Week one");
        assertThat(page.one("#article-state").text()).contains("Draft");
        assertThat(page.doc().select("input[name=conditions][checked]").eachAttr("value")).containsExactly("sciatica");

        Map<String, String> again = formOf(page);
        again.put("intent", "publish");
        var published = browser.post("/editor/articles/walking-after-knee-surgery", again, POST);

        assertThat(published.header("Location")).endsWith("?done=published");
        var article = browser.get("/articles/walking-after-knee-surgery");
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.one("#cta-book").attr("href")).as("the type recommended for sciatica")
                .isEqualTo("/book?appointmentTypeId=11111111-0000-0000-0000-000000000001"
                        + "&source=walking-after-knee-surgery");
        assertThat(jdbc.sql("SELECT count(*) FROM article_revisions r JOIN articles a ON a.id = r.article_id"
                + " WHERE a.slug = 'walking-after-knee-surgery'").query(Integer.class).single())
                .as("create, then publish: publishing an unchanged form adds no save").isEqualTo(2);
    }

    @Test
    void aRefusedFormComesBackAsTypedWithReasonsAndStoresNothing() {
        long before = articleCount();
        Map<String, String> fields = newArticle("", "My long careful text\nwith two lines");
        fields.put("summary", "x".repeat(1001));

        var refused = browser.post("/editor/articles/new", fields, POST);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.doc().title()).startsWith("Error: ");
        assertThat(refused.doc().select("#error-summary a").eachAttr("href")).containsExactly("#title", "#summary");
        assertThat(refused.one("#title-error").text()).isEqualTo("The title is needed.");
        assertThat(refused.one("#body").wholeText()).contains("My long careful text\nwith two lines");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void previewShowsTheSanitizedBodyWithoutSaving() {
        long before = articleCount();
        Map<String, String> fields = newArticle("Draft", "## Heading\n\n<script>alert(1)</script>\n\n* one");
        fields.put("intent", "preview");

        var preview = browser.post("/editor/articles/new", fields, POST);
        var live = browser.post("/editor/preview", Map.of("bodyMarkdown", "[x](javascript:alert(1)) **b**"), POST);

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.one("#preview-body h2").text()).isEqualTo("Heading");
        assertThat(preview.doc().select("#preview-body script")).isEmpty();
        assertThat(preview.one("#body").wholeText()).contains("<script>alert(1)</script>");
        assertThat(articleCount()).isEqualTo(before);
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).contains("<strong>b</strong>").doesNotContain("javascript:");
    }

    @Test
    void schedulingNeedsAFutureTimeInTheClinicsZone() {
        Map<String, String> fields = newArticle("Desk posture", "Sit tall.");
        fields.put("intent", "schedule");
        fields.put("publishAt", "2001-01-01T09:00");

        var past = browser.post("/editor/articles/new", fields, POST);
        fields.put("publishAt", "2099-03-02T09:00");
        var future = browser.post("/editor/articles/new", fields, POST);

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.one("#publish-at-error").text()).startsWith("Choose a time in the future");
        assertThat(future.status()).isEqualTo(303);
        var page = browser.get("/editor/articles/desk-posture", EDITOR);
        assertThat(page.one("#article-state").text()).contains("Scheduled for Mon 2 Mar 2099, 9:00 AM");
        assertThat(jdbc.sql("SELECT publish_at FROM articles WHERE slug = 'desk-posture'")
                .query(java.time.OffsetDateTime.class).single().toInstant())
                .isEqualTo(Instant.parse("2099-03-02T14:00:00Z"));
    }

    @Test
    void tagsAndDescriptionAreTakenAsTypedWordsAndASavedNewTimeReschedules() {
        Map<String, String> fields = newArticle("Running shoes", "Choose by comfort.");
        fields.put("tags", "Running, Foot Care");
        fields.put("summary", "Comfort first.\nThen fit.");
        fields.put("intent", "schedule");
        fields.put("publishAt", "2099-03-02T09:00");
        assertThat(browser.post("/editor/articles/new", fields, POST).status()).isEqualTo(303);

        var page = browser.get("/editor/articles/running-shoes", EDITOR);
        assertThat(page.one("#tags").val()).isEqualTo("foot-care, running");
        assertThat(page.one("#summary").wholeText()).isEqualTo("Comfort first. Then fit.");
        var again = formOf(page);
        again.put("publishAt", "2099-03-03T10:30");
        again.put("intent", "save");
        assertThat(browser.post("/editor/articles/running-shoes", again, POST).header("Location"))
                .endsWith("?done=scheduled");
        assertThat(browser.get("/editor/articles/running-shoes", EDITOR).one("#article-state").text())
                .contains("Scheduled for Tue 3 Mar 2099, 10:30 AM");
        assertThat(browser.get("/editor/articles/running-shoes/delete", EDITOR).status())
                .as("only drafts are offered for deletion").isEqualTo(303);
    }

    @Test
    void aSaveOverAColleaguesNewerVersionShowsTheirChangeAndKeepsWhatWasTyped() {
        created(draft("Ankle sprains"));
        var mine = formOf(browser.get("/editor/articles/ankle-sprains", EDITOR));
        var theirs = draft("Ankle sprains");
        theirs.put("bodyMarkdown", "Their new text.");
        assertThat(save(BEN, "ankle-sprains", "\"1\"", theirs).status()).isEqualTo(200);

        mine.put("bodyMarkdown", "My own paragraph.");
        mine.put("intent", "save");
        var conflict = browser.post("/editor/articles/ankle-sprains", mine, POST);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.one("#conflict-title").text()).isEqualTo("ben changed this article while you were writing");
        assertThat(conflict.one("#conflict").text()).contains("they changed the article");
        assertThat(conflict.doc().select("#conflict-diff .removed").text()).contains("Their new text.");
        assertThat(conflict.doc().select("#conflict-diff .added").text()).contains("My own paragraph.");
        assertThat(conflict.one("#body").wholeText()).isEqualTo("My own paragraph.");
        assertThat(conflict.one("input[name=version]").val()).isEqualTo("2");
        assertThat(conflict.one("#save").text()).isEqualTo("Save mine instead of theirs");

        var again = formOf(conflict);
        again.put("intent", "save");
        assertThat(browser.post("/editor/articles/ankle-sprains", again, POST).status()).isEqualTo(303);
        assertThat(editorView("ankle-sprains").json().get("bodyMarkdown").asString()).isEqualTo("My own paragraph.");
    }

    @Test
    void onlyDraftsCanBeDeletedAfterConfirming() {
        created(draft("Old idea"));

        var confirm = browser.get("/editor/articles/old-idea/delete", EDITOR);
        var deleted = browser.post("/editor/articles/old-idea/delete",
                PageClient.fields(confirm.one("main form")), POST);

        assertThat(deleted.status()).isEqualTo(303);
        assertThat(browser.get(deleted.header("Location"), EDITOR).one("#notice").text())
                .isEqualTo("The draft was deleted.");
        assertThat(browser.get("/editor?deleted=Call+555-0100+now", EDITOR).one("#notice").text())
                .isEqualTo("The draft was deleted.");
        assertThat(browser.get("/editor/articles/old-idea", EDITOR).status()).isEqualTo(404);
    }

    @Test
    void theEditorIsForEditorsAndRefusesPostsFromOtherSites() {
        String[] desk = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};
        Map<String, String> fields = newArticle("Forged", "text");

        assertThat(browser.get("/editor", desk).status()).isEqualTo(403);
        assertThat(browser.get("/editor/articles/new", "Authorization",
                "Bearer " + StaffTokens.valid("ADMIN")).status()).isEqualTo(200);
        assertThat(browser.post("/editor/articles/new", fields, EDITOR[0], EDITOR[1], "Sec-Fetch-Site", "cross-site")
                .status()).isEqualTo(403);
        assertThat(browser.get("/editor/articles/no-such-article", EDITOR).status()).isEqualTo(404);
        assertThat(browser.get("/editor/articles/NOT%20A%20SLUG", EDITOR).status()).isEqualTo(404);
    }

    private Map<String, String> newArticle(String title, String body) {
        Map<String, String> fields = formOf(browser.get("/editor/articles/new", EDITOR));
        fields.put("title", title);
        fields.put("bodyMarkdown", body);
        fields.put("intent", "save");
        return fields;
    }

    /** The writing form as a browser sends it: its fields, the chosen author, the first checked condition. */
    private static Map<String, String> formOf(PageClient.Page page) {
        var form = page.one("#article-form");
        Map<String, String> fields = new LinkedHashMap<>(PageClient.fields(form));
        fields.remove("conditions");
        form.select("input[name=conditions][checked]").stream().findFirst()
                .ifPresent(checked -> fields.put("conditions", checked.val()));
        var author = form.selectFirst("#author option[selected]");
        fields.put("authorSlug", author != null ? author.val() : form.select("#author option").first().val());
        return fields;
    }

    /** One booking from the article's page at {@code slug}, {@code daysAgo} days ago. */
    private void booked(String slug, int daysAgo, boolean cancelled) {
        Instant at = Instant.now().minusSeconds(daysAgo * 86_400L);
        jdbc.sql("INSERT INTO article_booking (appointment_id, article_slug, booked_at, cancelled_at)"
                        + " VALUES (:id, :slug, :at, CAST(:cancelled AS timestamptz))")
                .param("id", UUID.randomUUID()).param("slug", slug).param("at", at.atOffset(ZoneOffset.UTC))
                .param("cancelled", cancelled ? at.plusSeconds(60).atOffset(ZoneOffset.UTC) : null).update();
    }
}
