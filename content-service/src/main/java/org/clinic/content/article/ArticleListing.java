package org.clinic.content.article;

import java.time.OffsetDateTime;

/** A published article as other pages list it: the home page, the sitemap and the feed. */
public record ArticleListing(String slug, String title, String summary, String authorName,
        OffsetDateTime publishedAt, OffsetDateTime updatedAt) {

    public String path() {
        return "/articles/" + slug;
    }
}
