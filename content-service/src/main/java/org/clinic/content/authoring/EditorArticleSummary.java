package org.clinic.content.authoring;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of the editors' article list, drafts and scheduled articles included, with the bookings it brought.
 *
 * @param bookings bookings made from the article in the last 30 and 90 days (counted at any status: a draft may have
 *                 been published before), and how many of them were cancelled
 */
public record EditorArticleSummary(String slug, String title, String status, EditorArticle.Author author,
        List<String> tags, OffsetDateTime publishAt, OffsetDateTime publishedAt, OffsetDateTime updatedAt,
        String updatedBy, int version, Bookings bookings) {

    public record Bookings(int last30Days, int cancelled30Days, int last90Days, int cancelled90Days) {
    }
}
