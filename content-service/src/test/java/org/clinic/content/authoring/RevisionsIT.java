package org.clinic.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.content.EditorTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every save keeps a revision: listed newest first, each readable, comparable with now, and restorable. */
class RevisionsIT extends EditorTestSupport {

    @Test
    void everySaveAndPublicationIsARevisionWithWhoAndWhen() {
        created(draft("Ankle sprain recovery"));
        save(BEN, "ankle-sprain-recovery", "\"1\"", draft("Ankle sprain: recovery week by week"));
        publish(ANA, "ankle-sprain-recovery", null);

        JsonNode page = send("GET", ARTICLES + "/ankle-sprain-recovery/revisions", BEN, null).json();

        assertThat(page.get("total").asLong()).isEqualTo(3);
        JsonNode items = page.get("items");
        assertThat(List.of(items.get(0).get("version").asInt(), items.get(1).get("version").asInt(),
                items.get(2).get("version").asInt())).containsExactly(3, 2, 1);
        assertThat(items.get(0).get("action").asString()).isEqualTo("PUBLISHED");
        assertThat(items.get(1).get("action").asString()).isEqualTo("EDITED");
        assertThat(items.get(1).get("savedBy").asString()).isEqualTo("ben");
        assertThat(items.get(2).get("action").asString()).isEqualTo("CREATED");
        assertThat(items.get(2).get("savedBy").asString()).isEqualTo("ana");
        assertThat(items.get(2).get("savedAt").asString()).isNotBlank();
    }

    @Test
    void anOldRevisionCanBeReadInFull() {
        created(draft("Plantar fasciitis"));
        save(ANA, "plantar-fasciitis", "\"1\"", draft("Heel pain in the morning"));

        Response response = send("GET", ARTICLES + "/plantar-fasciitis/revisions/1", BEN, null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode revision = response.json();
        assertThat(revision.get("title").asString()).isEqualTo("Plantar fasciitis");
        assertThat(revision.get("bodyMarkdown").asString()).startsWith("## First steps");
        assertThat(revision.get("authorSlug").asString()).isEqualTo(MAYA_LIN);
        assertThat(ArticleEditingIT.strings(revision.get("conditions"))).containsExactly("sciatica");
        assertThat(send("GET", ARTICLES + "/plantar-fasciitis/revisions/9", BEN, null).status()).isEqualTo(404);
        assertThat(send("GET", ARTICLES + "/plantar-fasciitis/revisions/x", BEN, null).status()).isEqualTo(400);
    }

    @Test
    void comparingARevisionWithNowNamesTheChangedFieldsAndDiffsTheBodyByLine() {
        created(draft("Wrist pain"));
        Map<String, Object> changed = draft("Wrist pain at the keyboard");
        changed.put("bodyMarkdown", "## First steps\n\nWalk a little every day.\n\n- stretch often\n- rest\n");
        save(ANA, "wrist-pain", "\"1\"", changed);

        JsonNode comparison = send("GET", ARTICLES + "/wrist-pain/revisions/1/compare", BEN, null).json();

        assertThat(comparison.get("revision").get("version").asInt()).isEqualTo(1);
        assertThat(comparison.get("current").get("version").asInt()).isEqualTo(2);
        assertThat(ArticleEditingIT.strings(comparison.get("changedFields"))).containsExactly("title", "summary", "bodyMarkdown");
        JsonNode title = comparison.get("fields").get(0);
        assertThat(title.get("field").asString()).isEqualTo("title");
        assertThat(title.get("revision").asString()).isEqualTo("Wrist pain");
        assertThat(title.get("current").asString()).isEqualTo("Wrist pain at the keyboard");
        List<String> diff = comparison.get("bodyDiff").valueStream()
                .map(line -> line.get("change").asString() + " " + line.get("text").asString()).toList();
        assertThat(diff).containsExactly("UNCHANGED ## First steps", "UNCHANGED ", "UNCHANGED Walk a little every day.",
                "UNCHANGED ", "REMOVED - stretch", "ADDED - stretch often", "UNCHANGED - rest");
    }

    @Test
    void restoringARevisionIsANewVersionWithItsWordsKeepingAddressAndState() {
        created(draft("Jaw clicking"));
        Map<String, Object> renamed = draft("Jaw clicking and TMJ");
        renamed.put("slug", "jaw-clicking-tmj");
        renamed.put("bodyMarkdown", "Entirely new text.");
        save(ANA, "jaw-clicking", "\"1\"", renamed);
        publish(ANA, "jaw-clicking-tmj", null);

        Response response = send("POST", ARTICLES + "/jaw-clicking-tmj/revisions/1/restore", BEN, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"4\"");
        JsonNode article = response.json();
        assertThat(article.get("title").asString()).isEqualTo("Jaw clicking");
        assertThat(article.get("bodyMarkdown").asString()).startsWith("## First steps");
        assertThat(article.get("slug").asString()).isEqualTo("jaw-clicking-tmj");
        assertThat(article.get("status").asString()).isEqualTo("PUBLISHED");
        JsonNode latest = send("GET", ARTICLES + "/jaw-clicking-tmj/revisions", BEN, null).json().get("items").get(0);
        assertThat(latest.get("action").asString()).isEqualTo("RESTORED");
        assertThat(latest.get("restoredFrom").asInt()).isEqualTo(1);
        assertThat(latest.get("savedBy").asString()).isEqualTo("ben");
        assertThat(get(ARTICLES + "/jaw-clicking-tmj").json().get("title").asString()).isEqualTo("Jaw clicking");
    }

    @Test
    void anArticleWrittenBySqlKeepsItsTextAsTheFirstRevisionOnItsFirstSave() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO articles (id, slug, title, summary, body_markdown, author_id)
                VALUES (?, 'imported-article', 'Imported', '', 'Old words.', 'c0a00000-0000-4000-8000-000000000001')""")
                .param(id).update();

        assertThat(save(ANA, "imported-article", "\"0\"", draft("Imported, edited")).status()).isEqualTo(200);

        JsonNode first = send("GET", ARTICLES + "/imported-article/revisions/0", ANA, null).json();
        assertThat(first.get("action").asString()).isEqualTo("IMPORTED");
        assertThat(first.get("savedBy").asString()).isEqualTo("unknown");
        assertThat(first.get("bodyMarkdown").asString()).isEqualTo("Old words.");
    }
}
