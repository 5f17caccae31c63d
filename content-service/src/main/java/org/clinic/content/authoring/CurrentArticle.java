package org.clinic.content.authoring;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinic.content.revision.ArticleSnapshot;

/** An article as stored, read with its row locked for a change. */
public record CurrentArticle(UUID id, int version, ArticleSnapshot snapshot, OffsetDateTime publishedAt,
        OffsetDateTime updatedAt, String updatedBy) {

    public String status() {
        return snapshot.status();
    }
}
