package org.clinic.content.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.clinic.content.EditorTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Publish now, schedule, unpublish: the public page, API, sitemap and feed follow at once. */
class PublishingIT extends EditorTestSupport {

    @Test
    void aPublishedArticleIsOnThePageTheApiTheSitemapAndTheFeedAtOnce() {
        created(draft("Morning back stiffness"));
        assertThat(get("/feed.xml").body()).doesNotContain("morning-back-stiffness");

        Response response = publish(ANA, "morning-back-stiffness", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"2\"");
        JsonNode article = response.json();
        assertThat(article.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(article.get("publishedAt").asString()).isNotBlank();
        assertThat(get(ARTICLES + "/morning-back-stiffness").status()).isEqualTo(200);
        assertThat(get("/articles/morning-back-stiffness").status()).isEqualTo(200);
        assertThat(get("/sitemap.xml").body()).contains("/articles/morning-back-stiffness</loc>");
        assertThat(get("/feed.xml").body()).contains("/articles/morning-back-stiffness</link>");
    }

    @Test
    void publishingWhatIsPublishedChangesNothingAndUnpublishingTakesItOffEverywhere() {
        created(draft("Rib pain"));
        publish(ANA, "rib-pain", null);

        Response again = publish(ANA, "rib-pain", "{}");
        Response unpublished = send("POST", ARTICLES + "/rib-pain/unpublish", BEN, null);

        assertThat(again.json().get("version").asInt()).isEqualTo(2);
        assertThat(unpublished.status()).isEqualTo(200);
        assertThat(unpublished.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(unpublished.json().get("version").asInt()).isEqualTo(3);
        assertThat(get(ARTICLES + "/rib-pain").status()).isEqualTo(404);
        assertThat(get("/feed.xml").body()).doesNotContain("rib-pain");
        assertThat(get("/sitemap.xml").body()).doesNotContain("rib-pain");
    }

    @Test
    void aScheduledArticlePublishesItselfWhenItsTimeComes() {
        created(draft("Spring gardening and your back"));
        // Any offset is understood; PostgreSQL keeps microseconds.
        OffsetDateTime inAnHour = OffsetDateTime.now(clock).plusHours(1).withOffsetSameInstant(ZoneOffset.ofHours(2))
                .truncatedTo(ChronoUnit.MICROS);

        Response scheduled = publish(ANA, "spring-gardening-and-your-back", json(Map.of("publishAt", inAnHour)));

        assertThat(scheduled.status()).isEqualTo(200);
        assertThat(scheduled.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(OffsetDateTime.parse(scheduled.json().get("publishAt").asString())).isAtSameInstantAs(inAnHour);
        assertThat(send("GET", "/api/content/editor/articles?status=SCHEDULED", ANA, null).json()
                .get("total").asLong()).isEqualTo(1);
        // The scheduler runs every half second in tests; an hour early it leaves the article alone.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(get(ARTICLES + "/spring-gardening-and-your-back").status()).isEqualTo(404));

        clock.advance(Duration.ofMinutes(61));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get(ARTICLES + "/spring-gardening-and-your-back").status()).isEqualTo(200));
        JsonNode article = editorView("spring-gardening-and-your-back").json();
        assertThat(article.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(article.get("updatedBy").asString()).isEqualTo("scheduler");
        assertThat(OffsetDateTime.parse(article.get("publishedAt").asString())).isAtSameInstantAs(inAnHour);
        assertThat(get("/feed.xml").body()).contains("spring-gardening-and-your-back");
    }

    @Test
    void aTimeInThePastPublishesNowAndUnpublishingCancelsASchedule() {
        created(draft("Past time"));
        created(draft("Changed mind"));

        Response past = publish(ANA, "past-time", json(Map.of("publishAt", "2020-01-01T09:00:00-05:00")));
        publish(ANA, "changed-mind", json(Map.of("publishAt", OffsetDateTime.now(clock).plusDays(1))));
        Response cancelled = send("POST", ARTICLES + "/changed-mind/unpublish", ANA, null);

        assertThat(past.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(cancelled.json().get("publishAt").isNull()).isTrue();
    }

    @Test
    void aPublishedArticleIsNotScheduledWithoutBeingUnpublished() {
        created(draft("Already out"));
        publish(ANA, "already-out", null);

        Response response = publish(ANA, "already-out", json(Map.of("publishAt", OffsetDateTime.now(clock).plusDays(1))));

        assertThat(response.status()).isEqualTo(409);
        assertThat(editorView("already-out").json().get("status").asString()).isEqualTo("PUBLISHED");
    }
}
