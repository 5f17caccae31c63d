package org.clinic.events.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ArticleEventJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void publishedRoundTripsThroughJsonAsTheSealedTypeWithItsPublicPath() {
        var event = ArticlePublished.of(UUID.randomUUID(), Instant.parse("2026-11-30T12:00:01Z"), UUID.randomUUID(),
                4, "rib-pain", "sore-ribs", "Rib pain", "What helps.", Instant.parse("2026-11-01T09:00:00Z"),
                "Dr. Maya Lin", List.of("self-care"), List.of("sciatica"), null);

        String text = json.writeValueAsString(event);

        assertThat(text).contains("\"eventType\":\"ArticlePublished\"", "\"path\":\"/articles/rib-pain\"",
                "\"previousSlug\":\"sore-ribs\"", "\"publishedAt\":\"2026-11-01T09:00:00Z\"");
        assertThat(json.readValue(text, ArticleEvent.class)).isEqualTo(event);
    }

    @Test
    void unpublishedNamesTheAddressItLeaves() {
        var event = ArticleUnpublished.of(UUID.randomUUID(), Instant.parse("2026-11-30T12:00:01Z"), UUID.randomUUID(),
                5, "rib-pain");

        ArticleEvent read = json.readValue(json.writeValueAsString(event), ArticleEvent.class);

        assertThat(read).isEqualTo(event);
        assertThat(read.path()).isEqualTo("/articles/rib-pain");
    }
}
