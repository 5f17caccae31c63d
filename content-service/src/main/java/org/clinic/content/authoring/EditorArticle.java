package org.clinic.content.authoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An article as its editors see it: the Markdown source, its state, and the version to send back as If-Match
 * (also the response's ETag).
 *
 * @param formerSlugs addresses it had before, newest first; each answers 301 to the current one
 * @param status      DRAFT, SCHEDULED or PUBLISHED
 * @param publishAt   when a SCHEDULED article publishes itself
 * @param publishedAt when it was first published (kept across an unpublish)
 * @param updatedBy   who saved last (null for articles only ever written by SQL, such as the demo data)
 */
public record EditorArticle(UUID id, String slug, List<String> formerSlugs, String title, String summary,
        String bodyMarkdown, Author author, List<String> tags, List<String> conditions, UUID appointmentTypeId,
        String status, OffsetDateTime publishAt, OffsetDateTime publishedAt, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, String updatedBy, int version) {

    public record Author(String slug, String name, String credentials) {
    }
}
