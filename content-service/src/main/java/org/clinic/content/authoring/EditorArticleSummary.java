package org.clinic.content.authoring;

import java.time.OffsetDateTime;
import java.util.List;

/** One line of the editors' article list, drafts and scheduled articles included. */
record EditorArticleSummary(String slug, String title, String status, EditorArticle.Author author, List<String> tags,
        OffsetDateTime publishAt, OffsetDateTime publishedAt, OffsetDateTime updatedAt, String updatedBy,
        int version) {
}
