package org.clinic.events.article;

import java.time.Instant;
import java.util.UUID;

/** The article is no longer public (back to a draft): consumers drop what they show of it. */
public record ArticleUnpublished(
        UUID eventId,
        String eventType,
        Instant occurredAt,
        UUID articleId,
        long version,
        int schemaVersion,
        String slug,
        String path) implements ArticleEvent {

    public static final String TYPE = "ArticleUnpublished";

    public static ArticleUnpublished of(UUID eventId, Instant occurredAt, UUID articleId, long version,
            String slug) {
        return new ArticleUnpublished(eventId, TYPE, occurredAt, articleId, version, SCHEMA_VERSION, slug,
                ArticleEvent.pathOf(slug));
    }
}
