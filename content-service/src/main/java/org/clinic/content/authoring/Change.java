package org.clinic.content.authoring;

import java.time.OffsetDateTime;
import org.clinic.content.revision.ArticleSnapshot;
import org.clinic.content.revision.RevisionAction;

/**
 * A new version of an article: what it becomes and why.
 *
 * @param publishedAt  when it was first published, or null if never
 * @param restoredFrom the revision brought back, for {@link RevisionAction#RESTORED}
 */
public record Change(RevisionAction action, ArticleSnapshot after, OffsetDateTime publishedAt, Integer restoredFrom) {

    public Change(RevisionAction action, ArticleSnapshot after, OffsetDateTime publishedAt) {
        this(action, after, publishedAt, null);
    }
}
