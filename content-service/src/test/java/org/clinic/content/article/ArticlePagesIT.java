package org.clinic.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.clinic.content.ContentPagesTestSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The article page: everything the seed article needs to inform a reader and lead them to a booking. */
class ArticlePagesIT extends ContentPagesTestSupport {

    private static final String SLUG = "sciatica-leg-pain-explained";
    private static final String URL = BASE + "/articles/" + SLUG;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anArticlePageShowsTheTitleAuthorsCredentialsAndBio() {
        Page page = page("/articles/" + SLUG);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        Document html = page.html();
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.selectFirst("h1").text()).isEqualTo("Sciatica: When Back Trouble Travels Down the Leg");
        assertThat(html.selectFirst(".article__byline").text()).isEqualTo("By Jordan Okafor, DPT, OCS");
        assertThat(html.selectFirst("#author .author-box__name").text()).isEqualTo("Jordan Okafor, DPT, OCS");
        assertThat(html.selectFirst("#author .author-box__bio").text()).contains("physical therapist");
    }

    @Test
    void anArticlePageShowsTheBodyWithHeadingsQuotesListsAndInlineLinks() {
        Element body = page("/articles/" + SLUG).html().selectFirst(".article__body");

        assertThat(body.select("h2").eachText()).contains("What causes it", "How it is usually managed");
        assertThat(body.selectFirst("blockquote").text()).contains("Jordan Okafor, DPT, OCS");
        assertThat(body.select("ul > li")).hasSizeGreaterThan(4);
        assertThat(body.select("a").eachAttr("href")).contains("/articles/herniated-disc-basics", "/conditions/sciatica");
    }

    @Test
    void anArticlePageHasASectionPerConditionWithSymptomsAndTreatment() {
        Document html = page("/articles/" + SLUG).html();

        assertThat(html.select(".condition-section h3").eachText()).containsExactly("Herniated Disc", "Sciatica");
        Element sciatica = html.getElementById("condition-sciatica");
        assertThat(sciatica.select("h4").eachText()).containsExactly("Symptoms", "Treatment");
        assertThat(sciatica.select("h4:contains(Symptoms) + ul li").eachText())
                .contains("Tingling or pins and needles in the leg or foot");
        assertThat(sciatica.select("h4:contains(Treatment) + ul li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sciatica.select("a[href=/conditions/sciatica]")).hasSize(1);
    }

    @Test
    void theBookButtonPreselectsTheArticlesAppointmentTypeAndNamesTheArticleAsSource() {
        Document html = page("/articles/" + SLUG).html();

        assertThat(html.getElementById("cta-book").attr("href"))
                .isEqualTo("/book?appointmentTypeId=11111111-0000-0000-0000-000000000001&source=" + SLUG);
        assertThat(html.getElementById("cta-call").attr("href")).isEqualTo("tel:5555550142");
        assertThat(html.selectFirst(".cta").text()).contains("Call us at (555) 555-0142");
    }

    @Test
    void anArticleWithoutAnAppointmentTypeBooksWithTheSourceOnly() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO articles (id, slug, title, summary, body_markdown, status, author_id, published_at)
                VALUES (?, 'posture-at-the-desk', 'Posture at the desk', 'Sit well.', 'Move often.', 'PUBLISHED',
                        'c0a00000-0000-4000-8000-000000000001', now())""").param(id).update();
        try {
            Document html = page("/articles/posture-at-the-desk").html();

            assertThat(html.getElementById("cta-book").attr("href")).isEqualTo("/book?source=posture-at-the-desk");
            assertThat(html.select(".conditions")).isEmpty();
        } finally {
            jdbc.sql("DELETE FROM articles WHERE id = ?").param(id).update();
        }
    }

    @Test
    void anArticlePageSuggestsRelatedArticlesAndShowsItsDatesInTheClinicsZone() {
        Document html = page("/articles/" + SLUG).html();

        assertThat(html.select(".related h2").text()).isEqualTo("You might also like");
        assertThat(html.select(".related a").eachAttr("href")).hasSize(3).first()
                .isEqualTo("/articles/herniated-disc-basics");
        Element published = html.selectFirst("time.published");
        assertThat(published.attr("datetime")).isEqualTo("2026-03-03T09:00-05:00");
        assertThat(published.text()).isEqualTo("March 3, 2026");
        assertThat(html.selectFirst("time.updated").attr("datetime")).isNotBlank();
    }

    @Test
    void datesAreWrittenInEnglishWhateverLanguageTheBrowserPrefers() {
        Document html = page("/articles/" + SLUG, "Accept-Language", "de-DE,de;q=0.9").html();

        assertThat(html.selectFirst("time.published").text()).isEqualTo("March 3, 2026");
    }

    @Test
    void anArticlePageOffersPlainShareLinksAndAWebShareButtonForBrowsersThatHaveIt() {
        Document html = page("/articles/" + SLUG).html();

        assertThat(html.getElementById("share-email").attr("href"))
                .startsWith("mailto:?subject=Sciatica%3A%20When%20Back%20Trouble")
                .contains("&body=").contains("http%3A%2F%2Flocalhost%3A8080%2Farticles%2F" + SLUG);
        assertThat(html.getElementById("share-url").val()).isEqualTo(URL);
        Element share = html.getElementById("share-button");
        assertThat(share.attr("type")).isEqualTo("button");
        assertThat(share.hasAttr("hidden")).isTrue();
        assertThat(share.attr("data-share")).isEqualTo(URL);
        assertThat(share.attr("data-share-title")).isEqualTo("Sciatica: When Back Trouble Travels Down the Leg");
    }

    @Test
    void anUnknownArticleGetsTheSitesNotFoundPage() {
        assertNotFoundPage(page("/articles/no-such-article"));
        assertNotFoundPage(page("/articles/Not%20a%20slug"));
    }

    @Test
    void aDraftGetsTheSameNotFoundPageAsAnUnknownArticle() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO articles (id, slug, title, summary, body_markdown, status, author_id)
                VALUES (?, 'secret-draft', 'Secret draft', 'Not yet.', 'Draft body.', 'DRAFT',
                        'c0a00000-0000-4000-8000-000000000001')""").param(id).update();
        try {
            Page draft = page("/articles/secret-draft");

            assertNotFoundPage(draft);
            assertThat(draft.body()).doesNotContain("Secret draft", "Draft body");
        } finally {
            jdbc.sql("DELETE FROM articles WHERE id = ?").param(id).update();
        }
    }

    private static void assertNotFoundPage(Page page) {
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("We can't find that page");
        assertThat(html.select("header.site-header")).hasSize(1);
        assertThat(html.select("footer.site-footer")).hasSize(1);
        assertThat(page.body()).doesNotContain("Exception", "at org.", "Whitelabel");
        assertThat(page.header("Cache-Control")).doesNotContain("public");
    }
}
