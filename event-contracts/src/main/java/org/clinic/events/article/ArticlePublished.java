package org.clinic.events.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The article is public as described here: sent when it is published (now or by the scheduler) and again whenever
 * a published article changes (saved, restored, given a new address), so consumers can treat it as an upsert.
 *
 * @param previousSlug the address it had until this change, when this change moved it; else null
 * @param publishedAt  when it was first published (kept across an unpublish and republish)
 * @param authorName   the public byline
 * @param conditions   the slugs of the condition pages it belongs to
 * @param appointmentTypeId the appointment type it suggests booking, or null
 */
public record ArticlePublished(
        UUID eventId,
        String eventType,
        Instant occurredAt,
        UUID articleId,
        long version,
        int schemaVersion,
        String slug,
        String path,
        String previousSlug,
        String title,
        String summary,
        Instant publishedAt,
        String authorName,
        List<String> tags,
        List<String> conditions,
        UUID appointmentTypeId) implements ArticleEvent {

    public static final String TYPE = "ArticlePublished";

    public ArticlePublished {
        tags = List.copyOf(tags);
        conditions = List.copyOf(conditions);
    }

    public static ArticlePublished of(UUID eventId, Instant occurredAt, UUID articleId, long version, String slug,
            String previousSlug, String title, String summary, Instant publishedAt, String authorName,
            List<String> tags, List<String> conditions, UUID appointmentTypeId) {
        return new ArticlePublished(eventId, TYPE, occurredAt, articleId, version, SCHEMA_VERSION, slug,
                ArticleEvent.pathOf(slug), previousSlug, title, summary, publishedAt, authorName, tags, conditions,
                appointmentTypeId);
    }
}
