package org.clinic.content.publishing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.clinic.content.authoring.ArticleChanges;
import org.clinic.content.authoring.Change;
import org.clinic.content.authoring.CurrentArticle;
import org.clinic.content.authoring.EditorArticle;
import org.clinic.content.revision.RevisionAction;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Service;

/**
 * Making an article public, now or at a set time, and taking it back. Repeating what is already so changes nothing
 * (no new version), so a retried request is harmless. The first publication date is kept across an unpublish, so
 * a corrected and republished article keeps its place in the feed.
 */
@Service
public class Publishing {

    static final String DRAFT = "DRAFT";
    static final String SCHEDULED = "SCHEDULED";
    static final String PUBLISHED = "PUBLISHED";

    private final ArticleChanges changes;
    private final Clock clock;

    Publishing(ArticleChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    public EditorArticle publish(String slug, PublishRequest request, OptionalInt expected, String who) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime at = request == null ? null : request.publishAt();
        return changes.apply(slug, expected, who, request, current -> at != null && at.isAfter(now)
                ? schedule(current, at) : publishNow(current, now));
    }

    public EditorArticle unpublish(String slug, OptionalInt expected, String who) {
        return changes.apply(slug, expected, who, null, current -> current.status().equals(DRAFT) ? Optional.empty()
                : Optional.of(new Change(RevisionAction.UNPUBLISHED, current.snapshot().withState(DRAFT, null),
                        current.publishedAt())));
    }

    /** The scheduler's publication, dated when it was due rather than when the scheduler came round to it. */
    static Change dueChange(CurrentArticle current) {
        return published(current, current.snapshot().publishAt());
    }

    private static Optional<Change> publishNow(CurrentArticle current, OffsetDateTime now) {
        return current.status().equals(PUBLISHED) ? Optional.empty() : Optional.of(published(current, now));
    }

    /** Published, keeping the date of an earlier publication (an article taken down and put back is not new). */
    private static Change published(CurrentArticle current, OffsetDateTime dateIfFirst) {
        return new Change(RevisionAction.PUBLISHED, current.snapshot().withState(PUBLISHED, null),
                current.publishedAt() != null ? current.publishedAt() : dateIfFirst);
    }

    private static Optional<Change> schedule(CurrentArticle current, OffsetDateTime at) {
        if (current.status().equals(PUBLISHED)) {
            throw ApiProblemException.conflict("This article is already published; unpublish it first to schedule it.");
        }
        if (current.status().equals(SCHEDULED) && at.isEqual(current.snapshot().publishAt())) {
            return Optional.empty();
        }
        return Optional.of(new Change(RevisionAction.SCHEDULED, current.snapshot().withState(SCHEDULED, at),
                current.publishedAt()));
    }
}
