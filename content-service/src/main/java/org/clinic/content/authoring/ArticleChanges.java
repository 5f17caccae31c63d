package org.clinic.content.authoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import org.clinic.content.editorial.EditConflict;
import org.clinic.content.events.ArticleEvents;
import org.clinic.content.revision.Revision;
import org.clinic.content.revision.RevisionSummary;
import org.clinic.content.revision.Revisions;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an article changes: its row locked, the version the editor read checked, then the new version written
 * with its revision, in one transaction. Saves, restores, publishing and the scheduler all come through here, so
 * each version has exactly one revision and a stale version is always caught.
 */
@Service
public class ArticleChanges {

    /** Who saved an article that was written by SQL, as its first revision records it. */
    static final String UNKNOWN = "unknown";

    private final ArticleStore store;
    private final EditorArticles views;
    private final Revisions revisions;
    private final ArticleEvents events;
    private final Clock clock;

    ArticleChanges(ArticleStore store, EditorArticles views, Revisions revisions, ArticleEvents events, Clock clock) {
        this.store = store;
        this.views = views;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param slug     the article's address, current or former
     * @param expected the version the editor read (If-Match), or empty to skip the check
     * @param yours    what the editor sent, echoed in a conflict so nothing typed is lost; null for none
     * @param change   the new version from the current one, or empty for nothing to change (e.g. publishing what
     *                 is published)
     */
    @Transactional
    public EditorArticle apply(String slug, OptionalInt expected, String who, Object yours,
            Function<CurrentArticle, Optional<Change>> change) {
        CurrentArticle current = lock(slug, expected, yours);
        change.apply(current).ifPresent(c -> commit(current, who, c));
        return view(current.id());
    }

    /** The article's row, locked for this transaction, if it is still at the version the editor read. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CurrentArticle lock(String slug, OptionalInt expected, Object yours) {
        CurrentArticle current = store.idOf(ArticleAddresses.checked(slug)).flatMap(id -> store.lock(id, false))
                .orElseThrow(() -> ApiProblemException.notFound("No article has this address."));
        if (expected.isPresent() && expected.getAsInt() != current.version()) {
            throw conflict(current, expected.getAsInt(), yours);
        }
        return current;
    }

    /** Writes the next version of a locked article, its revision and, if the public sees it, its event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void commit(CurrentArticle current, String who, Change change) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // An article never saved through the API (the demo data) gets its first revision: the text being replaced.
        revisions.recordIfMissing(current.id(), current.version(),
                current.updatedBy() == null ? UNKNOWN : current.updatedBy(), current.updatedAt(), current.snapshot());
        String oldSlug = current.snapshot().slug();
        String newSlug = change.after().slug();
        if (!oldSlug.equals(newSlug)) {
            if (store.liveOwner(newSlug).isPresent()) {
                throw ArticleStore.slugTaken();
            }
            store.claim(newSlug);
            store.retire(oldSlug, current.id(), now);
        }
        int version = current.version() + 1;
        store.update(current.id(), change.after(), change.publishedAt(), version, who, now);
        revisions.record(current.id(), version, change.action(), change.restoredFrom(), who, now, change.after());
        events.changed(current.id(), version, current.snapshot(), change.after());
    }

    public EditorArticle view(UUID id) {
        return views.find(id).orElseThrow(() -> ApiProblemException.notFound("No article has this address."));
    }

    /** What changed since the editor's version, by whom, with the article as it is and what they sent. */
    private ApiProblemException conflict(CurrentArticle current, int theirs, Object yours) {
        UUID id = current.id();
        Optional<Revision> read = revisions.find(id, theirs);
        Optional<Revision> now = revisions.find(id, current.version());
        List<String> changed = read.isPresent() && now.isPresent()
                ? Revision.changedFields(read.get(), now.get()) : null;
        List<RevisionSummary> since = theirs < current.version() ? revisions.after(id, theirs) : List.of();
        return EditConflict.of("article", theirs, current.version(), current.updatedBy(), current.updatedAt(),
                changed, since, view(id), yours);
    }
}
