package org.clinic.content.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A published article as stored: Markdown body, links by slug. */
record PublishedArticle(UUID id, String slug, String title, String summary, String bodyMarkdown,
        ArticleDetail.Author author, List<String> tags, List<String> conditions, UUID callToActionTypeId,
        OffsetDateTime publishedAt, OffsetDateTime updatedAt) {
}
