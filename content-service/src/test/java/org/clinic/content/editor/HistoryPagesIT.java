package org.clinic.content.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clinic.content.EditorTestSupport;
import org.clinic.testsupport.PageClient;
import org.clinic.testsupport.PageClient.Page;
import org.clinic.testsupport.StaffTokens;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history pages as an editor's browser gets them (the gateway's session turned into a bearer token, JavaScript
 * off): the versions newest first, one in full with its text rendered as the public page would, one compared with
 * the current text, a restore (POST, then back to the history) and a restore over a save made meanwhile.
 */
class HistoryPagesIT extends EditorTestSupport {

    private static final String SLUG = "knee-pain-on-stairs";
    private static final String HISTORY = "/editor/articles/" + SLUG + "/history";
    private static final String EDITOR = "Bearer " + StaffTokens.validFor("test-staff", "EDITOR");

    private PageClient browser;

    @BeforeEach
    void browser() {
        browser = new PageClient("http://localhost:" + port);
    }

    /** Version 1 as created, 2 with a new title (by ben), 3 with a new line in the body. */
    @BeforeEach
    void anArticleSavedThreeTimes() {
        created(draft("Knee pain on stairs"));
        save(BEN, SLUG, "\"1\"", draft("Knee pain going up and down stairs"));
        Map<String, Object> third = draft("Knee pain going up and down stairs");
        third.put("bodyMarkdown", "## First steps\n\nWalk a little every day.\n\n- stretch\n- ice <b>after</b>\n- rest\n");
        save(ANA, SLUG, "\"2\"", third);
    }

    @Test
    void theHistoryListsTheVersionsNewestFirstWithWhoWhenAndLinks() {
        Page page = view(HISTORY);

        assertThat(page.status()).isEqualTo(200);
        List<Element> rows = page.doc().select("#revisions > li");
        assertThat(rows).extracting(row -> row.attr("data-version")).containsExactly("3", "2", "1");
        assertThat(rows.get(1).text()).contains("Edited", "ben", "Knee pain going up and down stairs");
        assertThat(rows.get(2).text()).contains("Created", "ana", "Knee pain on stairs");
        // In the clinic's zone (America/New_York), with the instant for machines.
        assertThat(rows.get(2).selectFirst("time").text())
                .matches("\\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{1,2}:\\d{2} (AM|PM)");
        assertThat(rows.get(2).selectFirst("time").attr("datetime")).matches(".*-0[45]:00");
        assertThat(rows.get(2).select("a").eachAttr("href")).containsExactly(HISTORY + "/1", HISTORY + "/1/compare");
        assertThat(rows.get(0).select("a").eachAttr("href")).containsExactly(HISTORY + "/3");
        assertThat(rows.get(0).text()).contains("Current");
        assertThat(page.doc().select("main a").eachAttr("href")).contains("/editor/articles/" + SLUG);
    }

    @Test
    void theHistoryIsPagedTwentyAtATime() {
        for (int version = 3; version < 22; version++) {
            save(ANA, SLUG, "\"" + version + "\"", draft("Knee pain, take " + version));
        }

        Document first = view(HISTORY).doc();
        Document second = view(HISTORY + "?page=2").doc();

        assertThat(first.select("#revisions > li")).hasSize(20);
        assertThat(first.selectFirst("#revisions > li").attr("data-version")).isEqualTo("22");
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo(HISTORY + "?page=2");
        assertThat(second.select("#revisions > li")).extracting(row -> row.attr("data-version"))
                .containsExactly("2", "1");
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo(HISTORY + "?page=1");
        assertThat(view(HISTORY + "?page=3").status()).isEqualTo(404);
        assertThat(view(HISTORY + "?page=first").status()).isEqualTo(404);
    }

    @Test
    void aVersionShowsItsFieldsItsSourceAndItsTextRenderedSafelyAsThePageWould() {
        Document page = view(HISTORY + "/3").doc();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Version 3 of Knee pain going up and down stairs");
        assertThat(page.select(".history-fields dt").eachText()).startsWith("Title", "Description", "Address", "Author");
        assertThat(page.select(".history-fields dd").eachText()).contains("back-pain, self-care", "sciatica",
                "Draft", MAYA_LIN);
        assertThat(page.selectFirst("#source").wholeText()).contains("- ice <b>after</b>");
        Element rendered = page.selectFirst("#rendered");
        assertThat(rendered.select("h2").text()).isEqualTo("First steps");
        assertThat(rendered.select("li b").text()).isEqualTo("after");
        assertThat(page.select("#is-current")).hasSize(1);
        assertThat(page.select("form")).extracting(form -> form.attr("action")).doesNotContain(HISTORY + "/3/restore");

        Document old = view(HISTORY + "/1").doc();
        assertThat(old.selectFirst("h1").text()).isEqualTo("Version 1 of Knee pain on stairs");
        Element form = old.selectFirst("form[action=" + HISTORY + "/1/restore]");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.selectFirst("input[name=seenVersion]").val()).isEqualTo("3");
        assertThat(old.selectFirst("#compare").attr("href")).isEqualTo(HISTORY + "/1/compare");
    }

    @Test
    void theComparisonShowsChangedFieldsThenAndNowAndTheTextLineByLineMarkedBeyondColour() {
        Document page = view(HISTORY + "/1/compare").doc();

        Element title = page.selectFirst("#changed-fields tr[data-field=title]");
        assertThat(title.select("th, td").eachText())
                .containsExactly("Title", "Knee pain on stairs", "Knee pain going up and down stairs");
        List<Element> added = page.select("#diff tr.diff__line--added");
        assertThat(added).hasSize(1);
        // Numbered in the current text only, and said in words and with a sign, not by its colour.
        assertThat(added.get(0).select("td")).extracting(Element::text)
                .containsExactly("", "6", "+Added: - ice <b>after</b>");
        assertThat(added.get(0).selectFirst(".diff__sign").attr("aria-hidden")).isEqualTo("true");
        assertThat(added.get(0).selectFirst(".visually-hidden").text()).isEqualTo("Added:");
        assertThat(page.select("#diff tr.diff__line--removed")).isEmpty();
        assertThat(page.select("#diff tbody tr")).hasSize(7);
        assertThat(page.selectFirst("#diff-summary").text()).startsWith("0 lines removed, 1 line added");
        assertThat(page.selectFirst("form[action=" + HISTORY + "/1/restore] input[name=seenVersion]").val())
                .isEqualTo("3");

        Document titleOnly = view(HISTORY + "/2/compare").doc();
        assertThat(titleOnly.select("#diff")).hasSize(1);
        Document sameAsNow = view(HISTORY + "/3/compare").doc();
        assertThat(sameAsNow.select("#no-differences")).hasSize(1);
        assertThat(sameAsNow.select("#same-text")).hasSize(1);
    }

    @Test
    void restoringAVersionMakesItTheCurrentTextAndLeadsToTheEditPageWithANotice() {
        Page done = post(HISTORY + "/1/restore", Map.of("seenVersion", "3"));

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/editor/articles/" + SLUG + "?done=restored");
        Document edit = view(done.header("Location")).doc();
        assertThat(edit.selectFirst("#notice").text()).startsWith("Restored");
        assertThat(edit.selectFirst("#title").val()).isEqualTo("Knee pain on stairs");
        assertThat(edit.selectFirst("textarea[name=bodyMarkdown]").wholeText()).doesNotContain("ice");
        Element newest = view(HISTORY).doc().selectFirst("#revisions > li");
        assertThat(newest.text()).contains("Restored version 1", "test-staff", "Knee pain on stairs");
        assertThat(editorView(SLUG).json().get("title").asString()).isEqualTo("Knee pain on stairs");
    }

    @Test
    void aRestoreOverASaveMadeMeanwhileIsRefusedWithThePageAgainSayingWhoChangedIt() {
        Element form = view(HISTORY + "/1").doc().selectFirst("form[action=" + HISTORY + "/1/restore]");
        save(BEN, SLUG, "\"3\"", draft("Knee pain: what helps"));

        Page refused = post(HISTORY + "/1/restore", Map.of("seenVersion", form.selectFirst("input").val()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.doc().selectFirst("#problem").text()).contains("Nothing was restored", "by ben",
                "you saw version 3", "version 4 now");
        assertThat(refused.doc().selectFirst("input[name=seenVersion]").val()).isEqualTo("4");
        assertThat(editorView(SLUG).json().get("title").asString()).isEqualTo("Knee pain: what helps");

        Page withoutTheVersion = post(HISTORY + "/1/restore", Map.of());
        assertThat(withoutTheVersion.status()).isEqualTo(400);
        assertThat(withoutTheVersion.doc().selectFirst("#problem").text()).contains("Nothing was restored");
        assertThat(editorView(SLUG).json().get("version").asInt()).isEqualTo(4);
    }

    @Test
    void anArticleNeverSavedInTheEditorHasNoVersionsYetAndSaysSo() {
        Page page = view("/editor/articles/why-joints-pop-and-crack/history");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select("#no-revisions")).hasSize(1);
        assertThat(page.doc().select("#revisions")).isEmpty();
        assertThat(view("/editor/articles/why-joints-pop-and-crack/history/1").status()).isEqualTo(404);
    }

    @Test
    void unknownArticlesAndVersionsGetTheSitesNotFoundPage() {
        for (String path : List.of("/editor/articles/no-such-article/history", HISTORY + "/9", HISTORY + "/x",
                HISTORY + "/0/compare", HISTORY + "/9/compare", "/editor/articles/Not%20a%20slug/history/1")) {
            Page page = view(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.doc().selectFirst("h1").text()).as(path).isEqualTo("We can't find that page");
        }
        assertThat(post(HISTORY + "/9/restore", Map.of("seenVersion", "3")).status()).isEqualTo(404);
    }

    @Test
    void anArticlesFormerAddressLeadsToTheSamePageUnderItsCurrentOne() {
        Map<String, Object> renamed = draft("Knee pain going up and down stairs");
        renamed.put("slug", "knee-pain-stairs");
        save(ANA, SLUG, "\"3\"", renamed);

        Page moved = view(HISTORY + "/1/compare");

        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo("/editor/articles/knee-pain-stairs/history/1/compare");
    }

    @Test
    void theFrontDeskGetsTheSites403PageAndNothingIsRestored() {
        String desk = "Bearer " + StaffTokens.validFor("desk", "FRONT_DESK");

        Page list = browser.get(HISTORY, "Authorization", desk);
        Page restore = browser.post(HISTORY + "/1/restore", Map.of("seenVersion", "3"), "Authorization", desk,
                "Sec-Fetch-Site", "same-origin");

        assertThat(list.status()).isEqualTo(403);
        assertThat(list.header("Content-Type")).startsWith("text/html");
        assertThat(restore.status()).isEqualTo(403);
        assertThat(editorView(SLUG).json().get("version").asInt()).isEqualTo(3);
    }

    private Page view(String path) {
        return browser.get(path, "Authorization", EDITOR);
    }

    /** A form post from this site's own page, as the browser labels it. */
    private Page post(String path, Map<String, String> fields) {
        return browser.post(path, fields, "Authorization", EDITOR, "Sec-Fetch-Site", "same-origin");
    }
}
