package org.clinic.content.article;

import java.time.OffsetDateTime;
import java.util.List;

/** One entry of the public article list. */
record ArticleSummary(String slug, String title, String summary, Author author, List<String> tags,
        OffsetDateTime publishedAt) {

    record Author(String slug, String name, String credentials) {
    }
}
