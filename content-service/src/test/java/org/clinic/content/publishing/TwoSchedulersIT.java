package org.clinic.content.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clinic.content.EditorTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances of the service, each with its scheduler, publish every due article exactly once: here two callers
 * of the publisher at the same moment (each its own transactions, as two instances have) alongside the context's
 * own scheduler.
 */
class TwoSchedulersIT extends EditorTestSupport {

    private static final int ARTICLES_DUE = 12;

    @Autowired
    ScheduledPublisher publisher;

    @Test
    void twoSchedulersAtOncePublishEachDueArticleOnce() throws Exception {
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= ARTICLES_DUE; i++) {
            String slug = created(draft("Due article " + i)).json().get("slug").asString();
            publish(ANA, slug, json(Map.of("publishAt", OffsetDateTime.now(clock).plusHours(2))));
            slugs.add(slug);
        }
        clock.advance(Duration.ofHours(3));
        var start = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                counts.add(instances.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return publisher.publishDue();
                }));
            }
            int published = 0;
            for (Future<Integer> count : counts) {
                published += count.get(60, TimeUnit.SECONDS);
            }

            // The context's own scheduler may have taken some; together, none twice.
            assertThat(published).isLessThanOrEqualTo(ARTICLES_DUE);
            for (String slug : slugs) {
                assertThat(get(ARTICLES + "/" + slug).status()).isEqualTo(200);
                assertThat(editorView(slug).json().get("version").asInt()).isEqualTo(3);
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM article_revisions r JOIN articles a ON a.id = r.article_id
                        WHERE a.slug = ? AND r.action = 'PUBLISHED'""").param(slug).query(Long.class).single())
                        .isEqualTo(1);
            }
        } finally {
            instances.shutdownNow();
        }
    }
}
