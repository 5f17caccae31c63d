package org.clinic.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinic.content.ContentApiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the public must never see: drafts, and anything executable an author's Markdown might carry. */
class ArticleVisibilityIT extends ContentApiTestSupport {

    private static final UUID MAYA_LIN = UUID.fromString("c0a00000-0000-4000-8000-000000000001");

    @Autowired
    JdbcClient jdbc;

    private final UUID articleId = UUID.randomUUID();

    @AfterEach
    void removeTheTestArticle() {
        jdbc.sql("DELETE FROM articles WHERE id = ?").param(articleId).update();
    }

    @Test
    void aDraftIsNeitherListedNorSearchableNorOpenable() {
        insert("unpublished-thoracic-notes", "DRAFT", null, "Thoracic mobility notes",
                "Notes about thoracic mobility for the upcoming newsletter.");
        jdbc.sql("INSERT INTO article_tags (article_id, tag) VALUES (?, 'chiropractic')").param(articleId).update();

        assertThat(get("/api/content/articles").json().get("total").asLong()).isEqualTo(6);
        assertThat(get("/api/content/articles?tag=chiropractic").json().get("total").asLong()).isEqualTo(2);
        assertThat(get("/api/content/articles?q=thoracic").json().get("total").asLong()).isZero();
        Response opened = get("/api/content/articles/unpublished-thoracic-notes");
        assertThat(opened.status()).isEqualTo(404);
        assertThat(opened.contentType()).startsWith("application/problem+json");
        // It shares a tag with this article, so only its status keeps it out of "related".
        assertThat(relatedOf("why-joints-pop-and-crack")).isNotEmpty().doesNotContain("unpublished-thoracic-notes");
    }

    @Test
    void aPublishedBodyIsRenderedWithoutScriptsHandlersOrJavascriptLinks() {
        insert("hostile-markdown", "PUBLISHED", OffsetDateTime.parse("2025-01-01T12:00:00Z"), "Hostile markdown", """
                ## Stretching

                Plain **advice** stays.

                <script>alert('stolen')</script>

                [tap here](javascript:alert('md-link'))

                <a href="javascript:alert('raw-link')" onclick="alert('click')">raw link</a>

                <img src="/images/x.png" onerror="alert('img')" alt="x">

                <iframe src="https://example.org/frame"></iframe>

                <p style="background:url(javascript:alert('css'))" onmouseover="alert('hover')">styled</p>

                [call us](tel:5555550142)
                """);

        Response response = get("/api/content/articles/hostile-markdown");

        assertThat(response.status()).isEqualTo(200);
        String html = response.json().get("bodyHtml").asString();
        assertThat(html.toLowerCase())
                .doesNotContain("<script", "javascript:", "onerror", "onclick", "onmouseover", "<iframe", "style=",
                        "alert(");
        assertThat(html).contains("<h2>Stretching</h2>", "<strong>advice</strong>", "tap here", "raw link",
                "src=\"/images/x.png\"", "href=\"tel:5555550142\"", "styled");
    }

    private List<String> relatedOf(String slug) {
        List<String> slugs = new ArrayList<>();
        get("/api/content/articles/" + slug).json().get("related").forEach(r -> slugs.add(r.get("slug").asString()));
        return slugs;
    }

    private void insert(String slug, String status, OffsetDateTime publishedAt, String title, String body) {
        jdbc.sql("""
                INSERT INTO articles (id, slug, title, summary, body_markdown, status, author_id, published_at)
                VALUES (:id, :slug, :title, 'A test article.', :body, :status, :author, :publishedAt)""")
                .param("id", articleId).param("slug", slug).param("title", title).param("body", body)
                .param("status", status).param("author", MAYA_LIN).param("publishedAt", publishedAt)
                .update();
    }
}
