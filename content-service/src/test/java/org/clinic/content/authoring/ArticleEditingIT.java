package org.clinic.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clinic.content.EditorTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Editors create, save, read, list, preview and delete articles; every answer carries the version as ETag. */
class ArticleEditingIT extends EditorTestSupport {

    @Test
    void createsADraftAtVersionOneWithItsLocationETagAndWhoWroteIt() {
        Response response = create(ANA, draft("Desk posture that helps"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo(EDITOR_ARTICLES + "/desk-posture-that-helps");
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        JsonNode article = response.json();
        assertThat(article.get("slug").asString()).isEqualTo("desk-posture-that-helps");
        assertThat(article.get("status").asString()).isEqualTo("DRAFT");
        assertThat(article.get("version").asInt()).isEqualTo(1);
        assertThat(article.get("updatedBy").asString()).isEqualTo("ana");
        assertThat(article.get("author").get("slug").asString()).isEqualTo(MAYA_LIN);
        assertThat(strings(article.get("tags"))).containsExactly("back-pain", "self-care");
        assertThat(strings(article.get("conditions"))).containsExactly("sciatica");
        assertThat(article.get("bodyMarkdown").asString()).startsWith("## First steps");
        // A draft is the editors' alone.
        assertThat(get(ARTICLES + "/desk-posture-that-helps").status()).isEqualTo(404);
    }

    @Test
    void aTitleMadeIntoASlugThatIsTakenGetsANumber() {
        created(draft("Sleeping with back pain"));

        Response second = create(BEN, draft("Sleeping With Back Pain!"));

        assertThat(second.json().get("slug").asString()).isEqualTo("sleeping-with-back-pain-2");
    }

    @Test
    void aChosenSlugThatIsAnotherArticlesAddressIsAConflictNamingTheField() {
        Map<String, Object> draft = draft("Another sciatica article");
        draft.put("slug", "sciatica-leg-pain-explained");
        long before = articleCount();

        Response response = create(ANA, draft);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void aSaveWithTheCurrentVersionWritesEveryFieldAndMovesTheVersionOn() {
        created(draft("Neck stiffness"));
        Map<String, Object> changed = draft("Neck stiffness in the morning");
        changed.put("authorSlug", JORDAN_OKAFOR);
        changed.put("tags", List.of("Neck ", "posture"));
        changed.put("conditions", List.of());
        changed.put("bodyMarkdown", "Turn your head slowly.");

        Response response = save(BEN, "neck-stiffness", "\"1\"", changed);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"2\"");
        JsonNode article = response.json();
        assertThat(article.get("version").asInt()).isEqualTo(2);
        assertThat(article.get("slug").asString()).isEqualTo("neck-stiffness");
        assertThat(article.get("title").asString()).isEqualTo("Neck stiffness in the morning");
        assertThat(article.get("author").get("slug").asString()).isEqualTo(JORDAN_OKAFOR);
        assertThat(strings(article.get("tags"))).containsExactly("neck", "posture");
        assertThat(strings(article.get("conditions"))).isEmpty();
        assertThat(article.get("updatedBy").asString()).isEqualTo("ben");
        assertThat(editorView("neck-stiffness").header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void aSaveWithoutIfMatchIsRefusedWith428AndAMalformedOneWith400() {
        created(draft("Hip mobility"));

        Response without = save(ANA, "hip-mobility", null, draft("Overwritten blindly"));
        Response any = save(ANA, "hip-mobility", "*", draft("Overwritten blindly"));
        Response weak = save(ANA, "hip-mobility", "W/\"1\"", draft("Overwritten blindly"));

        assertThat(without.status()).isEqualTo(428);
        assertThat(without.contentType()).startsWith("application/problem+json");
        assertThat(without.json().get("detail").asString()).contains("If-Match");
        assertThat(List.of(any, weak)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
        });
        assertThat(editorView("hip-mobility").json().get("title").asString()).isEqualTo("Hip mobility");
    }

    @Test
    void savingAnUnknownArticleIs404() {
        assertThat(save(ANA, "no-such-article", "\"1\"", draft("Ghost")).status()).isEqualTo(404);
        assertThat(save(ANA, "Not%20A%20Slug", "\"1\"", draft("Ghost")).status()).isEqualTo(404);
        assertThat(editorView("no-such-article").status()).isEqualTo(404);
    }

    @Test
    void aDraftCanBeDeletedButAPublishedArticleOnlyOnceUnpublished() {
        created(draft("Short lived"));
        created(draft("Read by many"));
        assertThat(publish(ANA, "read-by-many", null).status()).isEqualTo(200);

        Response deleted = send("DELETE", ARTICLES + "/short-lived", ANA, null);
        Response refused = send("DELETE", ARTICLES + "/read-by-many", ANA, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(editorView("short-lived").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM article_revisions r WHERE NOT EXISTS"
                + " (SELECT 1 FROM articles a WHERE a.id = r.article_id)").query(Long.class).single()).isZero();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("Unpublish it first");
        assertThat(get(ARTICLES + "/read-by-many").status()).isEqualTo(200);

        send("POST", ARTICLES + "/read-by-many/unpublish", ANA, null);
        assertThat(send("DELETE", ARTICLES + "/read-by-many", ANA, null).status()).isEqualTo(204);
    }

    @Test
    void editorsListArticlesInEveryStateFilteredByStatus() {
        created(draft("Draft about knees"));

        JsonNode drafts = send("GET", EDITOR_ARTICLES + "?status=draft", ANA, null).json();
        JsonNode published = send("GET", EDITOR_ARTICLES + "?status=PUBLISHED&size=50", ANA, null).json();
        Response wrong = send("GET", EDITOR_ARTICLES + "?status=archived", ANA, null);

        assertThat(drafts.get("total").asLong()).isEqualTo(1);
        assertThat(drafts.get("items").get(0).get("slug").asString()).isEqualTo("draft-about-knees");
        assertThat(drafts.get("items").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(published.get("total").asLong()).isEqualTo(6);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    }

    @Test
    void previewRendersThroughThePublicPipelineAndStoresNothing() {
        long before = articleCount();

        Response response = send("POST", ARTICLES + "/preview", ANA,
                json(Map.of("bodyMarkdown", "# Heading\n\n- one\n- [two](https://example.org)\n\n<script>x()</script>")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("bodyHtml").asString())
                .contains("<h2>Heading</h2>", "<li>one</li>",
                        "<a href=\"https://example.org\" rel=\"nofollow noopener\">two</a>")
                .doesNotContain("script");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void editorsKnowTheTagsInUse() {
        JsonNode tags = send("GET", "/api/content/editor/tags", ANA, null).json();

        assertThat(tags.findValuesAsString("tag")).contains("back-pain", "sciatica");
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
