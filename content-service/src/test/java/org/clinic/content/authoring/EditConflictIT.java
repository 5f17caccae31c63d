package org.clinic.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clinic.content.EditorTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two editors on one article: the second save, based on the version both opened, is refused with everything needed
 * to carry on (what changed, who changed it and when, the article as it is, and the text that was sent), and saves
 * nothing.
 */
class EditConflictIT extends EditorTestSupport {

    @Test
    void aStaleSaveIs409WithWhatChangedWhoChangedItAndTheTextItSent() {
        created(draft("Shoulder pain at night"));
        Map<String, Object> anas = draft("Shoulder pain at night: what helps");
        anas.put("bodyMarkdown", "Sleep on the other side.");
        assertThat(save(ANA, "shoulder-pain-at-night", "\"1\"", anas).status()).isEqualTo(200);
        Map<String, Object> bens = draft("Shoulder pain when sleeping");
        bens.put("summary", "Ben's careful summary.");

        Response response = save(BEN, "shoulder-pain-at-night", "\"1\"", bens);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("ETag")).isEqualTo("\"2\"");
        JsonNode problem = response.json();
        assertThat(problem.get("yourVersion").asInt()).isEqualTo(1);
        assertThat(problem.get("currentVersion").asInt()).isEqualTo(2);
        assertThat(problem.get("changedBy").asString()).isEqualTo("ana");
        assertThat(problem.get("changedAt").asString()).isNotBlank();
        assertThat(ArticleEditingIT.strings(problem.get("changedFields"))).containsExactly("title", "summary", "bodyMarkdown");
        assertThat(problem.get("changes").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(problem.get("changes").get(0).get("savedBy").asString()).isEqualTo("ana");
        assertThat(problem.get("current").get("title").asString()).isEqualTo("Shoulder pain at night: what helps");
        assertThat(problem.get("current").get("version").asInt()).isEqualTo(2);
        assertThat(problem.get("yours").get("title").asString()).isEqualTo("Shoulder pain when sleeping");
        assertThat(problem.get("yours").get("summary").asString()).isEqualTo("Ben's careful summary.");
        assertThat(problem.get("yours").get("bodyMarkdown").asString()).isEqualTo(bens.get("bodyMarkdown"));
        // Nothing of Ben's was stored, and Ana's save stands.
        JsonNode stored = editorView("shoulder-pain-at-night").json();
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(stored.get("summary").asString()).isNotEqualTo("Ben's careful summary.");
        // With the version from the conflict, Ben's save goes through.
        assertThat(save(BEN, "shoulder-pain-at-night", response.header("ETag"), bens).status()).isEqualTo(200);
    }

    @Test
    void aPublishOrDeleteWithAStaleVersionIsAConflictToo() {
        created(draft("Tennis elbow"));
        save(ANA, "tennis-elbow", "\"1\"", draft("Tennis elbow basics"));

        Response publish = send("POST", ARTICLES + "/tennis-elbow/publish", BEN, null, "If-Match", "\"1\"");
        Response delete = send("DELETE", ARTICLES + "/tennis-elbow", BEN, null, "If-Match", "\"1\"");

        assertThat(publish.status()).isEqualTo(409);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(editorView("tennis-elbow").json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void ofTwoSavesOfTheSameVersionAtOnceExactlyOneWins() throws Exception {
        created(draft("Knee pain on stairs"));
        var start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (String title : List.of("Knee pain on stairs, by Ana", "Knee pain on stairs, by Ben")) {
                Callable<Integer> save = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return save(title.endsWith("Ana") ? ANA : BEN, "knee-pain-on-stairs", "\"1\"", draft(title))
                            .status();
                };
                answers.add(pool.submit(save));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(editorView("knee-pain-on-stairs").json().get("version").asInt()).isEqualTo(2);
            assertThat(jdbc.sql("SELECT count(*) FROM article_revisions r JOIN articles a ON a.id = r.article_id"
                    + " WHERE a.slug = 'knee-pain-on-stairs'").query(Long.class).single()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
