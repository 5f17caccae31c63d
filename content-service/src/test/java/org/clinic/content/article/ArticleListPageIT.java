package org.clinic.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinic.content.ContentPagesTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The article list: search ranked by relevance, topics, paging, and mangled links that still get a page. */
class ArticleListPageIT extends ContentPagesTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListShowsEveryPublishedArticleNewestFirstWithTopicLinks() {
        Page page = page("/articles");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Articles");
        assertThat(html.select(".result h2 a").eachAttr("href")).hasSize(6).first()
                .isEqualTo("/articles/cracking-your-own-back-risks");
        assertThat(html.selectFirst("#result-count").text()).isEqualTo("6 articles");
        assertThat(html.select(".topics .tags a").eachText()).contains("back-pain", "chiropractic", "sciatica");
        assertThat(html.select(".result .tags a").eachAttr("href")).contains("/articles?tag=chiropractic");
        assertThat(html.select("nav.pager")).isEmpty();
        assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/articles");
    }

    @Test
    void aSearchMatchingOneArticlesTitleListsItFirst() {
        Document html = page("/articles?q=" + encode("sciatica leg pain")).html();

        assertThat(html.select(".result h2 a").eachAttr("href")).first()
                .isEqualTo("/articles/sciatica-leg-pain-explained");
        assertThat(html.selectFirst("#result-count").text()).contains("for “sciatica leg pain”, best match first");
        assertThat(html.getElementById("q").val()).isEqualTo("sciatica leg pain");
        // Result pages for typed words are not for search engines; the canonical address drops the words.
        assertThat(html.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
        assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/articles");
    }

    @Test
    void aSearchWithoutMatchesSaysSoAndOffersAWayOn() {
        Page page = page("/articles?q=" + encode("zebra xylophone"));

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select(".result")).isEmpty();
        assertThat(html.getElementById("no-results").text())
                .contains("No articles match “zebra xylophone”", "(555) 555-0142", "See all articles");
        assertThat(html.select(".topics .tags a")).isNotEmpty();
    }

    @Test
    void aTopicLinkListsOnlyThatTopicsArticles() {
        Document html = page("/articles?tag=chiropractic").html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Articles about chiropractic");
        assertThat(html.select(".result h2 a").eachAttr("href"))
                .containsExactly("/articles/cracking-your-own-back-risks", "/articles/why-joints-pop-and-crack");
        assertThat(html.selectFirst(".topics a[aria-current=page]").text()).isEqualTo("chiropractic");
        assertThat(html.selectFirst(".topic-filter a").attr("href")).isEqualTo("/articles");
        assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/articles?tag=chiropractic");
        assertThat(html.select(".breadcrumbs li").eachText()).containsExactly("Home", "Articles", "Articles about chiropractic");
    }

    @Test
    void longListsArePagedWithLinksBothWays() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            jdbc.sql("""
                    INSERT INTO articles (id, slug, title, summary, status, author_id, published_at)
                    VALUES (?, ?, 'Old notes', 'Older.', 'PUBLISHED', 'c0a00000-0000-4000-8000-000000000001',
                            timestamptz '2020-01-01 12:00Z' + ? * interval '1 day')""")
                    .params(id, "old-notes-" + i, i).update();
        }
        try {
            Document first = page("/articles").html();
            Document second = page(first.selectFirst("nav.pager a[rel=next]").attr("href")).html();

            assertThat(first.select(".result")).hasSize(10);
            assertThat(first.selectFirst("nav.pager").text()).contains("Page 1 of 2");
            assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();
            assertThat(first.selectFirst("nav.pager a[rel=next]").attr("href")).isEqualTo("/articles?page=1");
            assertThat(second.select(".result h2 a").eachAttr("href")).containsExactly("/articles/old-notes-0");
            assertThat(second.selectFirst("nav.pager a[rel=prev]").attr("href")).isEqualTo("/articles");
            assertThat(second.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/articles?page=1");
        } finally {
            ids.forEach(id -> jdbc.sql("DELETE FROM articles WHERE id = ?").param(id).update());
        }
    }

    @Test
    void pagesBeyondTheEndSaySoInsteadOfFailing() {
        Page page = page("/articles?page=999999");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().getElementById("no-results").text()).contains("past the end of the list");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "page=-1, That page number is not valid.",
            "page=abc, That page number is not valid.",
            "page=1.5, That page number is not valid.",
            "page=99999999999, That page number is not valid.",
            "tag=%3Cscript%3E, We have no topic with that name.",
            "tag=%00, We have no topic with that name.",
            "page=1&page=2, That page number is not valid."})
    void aMangledLinkGetsTheListPageBackWithAMessage(String query, String message) {
        Page page = page("/articles?" + query);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        Document html = page.html();
        assertThat(html.getElementById("list-problem").text()).contains(message);
        assertThat(html.select("form[role=search] input[name=q]")).hasSize(1);
        assertThat(page.body()).doesNotContain("Exception", "<script>");
    }

    @Test
    void aSearchLongerThan200CharactersIsRefusedButKeptForEditing() {
        Page tooLong = page("/articles?q=" + "a".repeat(201));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.html().getElementById("list-problem").text()).contains("at most 200 characters");
        assertThat(tooLong.html().getElementById("q").val()).hasSize(200);
        assertThat(page("/articles?q=" + "a".repeat(200)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/articles?q=back%00pain",
            "/articles?q=%22unclosed%20-or%20OR",
            "/articles?q=%27%3B--",
            "/articles?tag=Chiropractic",
            "/articles?tag=no-such-topic"})
    void oddSearchesAreAnsweredWithThePage(String pathAndQuery) {
        Page page = page(pathAndQuery);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("h1")).hasSize(1);
    }
}
