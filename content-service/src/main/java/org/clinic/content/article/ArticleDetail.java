package org.clinic.content.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A published article as a reader sees it, with its body already rendered to safe HTML. */
record ArticleDetail(String slug, String title, String summary, String bodyHtml, Author author, List<String> tags,
        List<String> conditions, List<Related> related, CallToAction callToAction, OffsetDateTime publishedAt,
        OffsetDateTime updatedAt) {

    record Author(String slug, String name, String credentials, String bio) {
    }

    record Related(String slug, String title) {
    }

    /** Where the article's "Book" button leads; {@code appointmentTypeId} may be null (booking picks). */
    record CallToAction(UUID appointmentTypeId, String phone) {
    }
}
