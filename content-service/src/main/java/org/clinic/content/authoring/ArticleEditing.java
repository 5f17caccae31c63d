package org.clinic.content.authoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.clinic.content.revision.ArticleSnapshot;
import org.clinic.content.revision.RevisionAction;
import org.clinic.content.revision.Revisions;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors' use cases on an article's words: create, save, restore an old revision, delete a draft. */
@Service
public class ArticleEditing {

    static final String DRAFT = "DRAFT";

    private final ArticleStore store;
    private final ArticleChanges changes;
    private final DraftReferences references;
    private final Revisions revisions;
    private final Clock clock;

    ArticleEditing(ArticleStore store, ArticleChanges changes, DraftReferences references, Revisions revisions,
            Clock clock) {
        this.store = store;
        this.changes = changes;
        this.references = references;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** The article at this address, current or former (the answer carries the current slug). */
    public Optional<EditorArticle> find(String slug) {
        return store.idOf(ArticleAddresses.checked(slug)).map(changes::view);
    }

    /** A new draft at version 1; its slug is the one given (which must be free) or one made from the title. */
    @Transactional
    public EditorArticle create(ArticleDraft draft, String who) {
        DraftReferences.Resolved refs = references.resolve(draft);
        String slug = draft.slug() != null ? draft.slug() : freeSlugFor(draft.title());
        if (store.liveOwner(slug).isPresent()) {
            throw ArticleStore.slugTaken();
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ArticleSnapshot article = snapshot(draft, refs, slug, DRAFT, null);
        store.claim(slug);
        store.insert(id, article, who, now);
        revisions.record(id, 1, RevisionAction.CREATED, null, who, now, article);
        return changes.view(id);
    }

    /**
     * Saves every field the draft carries; whether the article is public does not change. Saving exactly what is
     * stored changes nothing (no new version), so "save and publish" on an unchanged page adds only the publication.
     */
    public EditorArticle save(String slug, int expected, ArticleDraft draft, String who) {
        // Checked before the version, so a stale save with a typo gets the 400 to fix first, then the conflict.
        DraftReferences.Resolved refs = references.resolve(draft);
        return changes.apply(slug, OptionalInt.of(expected), who, draft, current -> {
            ArticleSnapshot next = snapshot(draft, refs, draft.slug() != null ? draft.slug() : current.snapshot().slug(),
                    current.status(), current.snapshot().publishAt());
            return next.equals(current.snapshot()) ? Optional.empty()
                    : Optional.of(new Change(RevisionAction.EDITED, next, current.publishedAt()));
        });
    }

    /** Brings back an old revision's words as a new version; the address and the publication state stay. */
    public EditorArticle restore(String slug, int revision, OptionalInt expected, String who) {
        return changes.apply(slug, expected, who, null, current -> {
            ArticleSnapshot old = revisions.snapshot(current.id(), revision)
                    .orElseThrow(() -> ApiProblemException.notFound("This article has no revision " + revision + "."));
            ArticleSnapshot restored = old.withSlug(current.snapshot().slug())
                    .withState(current.status(), current.snapshot().publishAt());
            return Optional.of(new Change(RevisionAction.RESTORED, restored, current.publishedAt(), revision));
        });
    }

    /** Only drafts: what readers can see (or will, once scheduled) is unpublished first, deliberately. */
    @Transactional
    public void delete(String slug, OptionalInt expected) {
        CurrentArticle current = changes.lock(slug, expected, null);
        if (!current.status().equals(DRAFT)) {
            throw ApiProblemException.conflict("Only drafts can be deleted; this article is "
                    + current.status().toLowerCase() + ". Unpublish it first.");
        }
        store.delete(current.id());
    }

    private String freeSlugFor(String title) {
        String base = Slugs.fromTitle(title);
        String slug = base;
        for (int n = 2; !store.unused(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static ArticleSnapshot snapshot(ArticleDraft draft, DraftReferences.Resolved refs, String slug,
            String status, OffsetDateTime publishAt) {
        return new ArticleSnapshot(slug, draft.title(), draft.summary(), draft.bodyMarkdown(), refs.authorId(),
                draft.tags().stream().sorted().toList(), refs.conditionIds(), draft.appointmentTypeId(), status,
                publishAt);
    }
}
