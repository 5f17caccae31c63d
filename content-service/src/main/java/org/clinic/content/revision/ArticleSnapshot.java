package org.clinic.content.revision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An article's content and state as stored, by ids: what a save writes to the article and to its revision.
 *
 * @param status    DRAFT, SCHEDULED or PUBLISHED
 * @param publishAt when a SCHEDULED article publishes itself, else null
 */
public record ArticleSnapshot(String slug, String title, String summary, String bodyMarkdown, UUID authorId,
        List<String> tags, List<UUID> conditionIds, UUID appointmentTypeId, String status, OffsetDateTime publishAt) {

    public ArticleSnapshot {
        tags = List.copyOf(tags);
        conditionIds = List.copyOf(conditionIds);
    }

    public ArticleSnapshot withState(String newStatus, OffsetDateTime newPublishAt) {
        return new ArticleSnapshot(slug, title, summary, bodyMarkdown, authorId, tags, conditionIds, appointmentTypeId,
                newStatus, newPublishAt);
    }

    public ArticleSnapshot withSlug(String newSlug) {
        return new ArticleSnapshot(newSlug, title, summary, bodyMarkdown, authorId, tags, conditionIds,
                appointmentTypeId, status, publishAt);
    }
}
