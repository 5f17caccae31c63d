package org.clinic.content.authoring;

import java.util.UUID;
import org.clinic.content.revision.Revision;
import org.clinic.content.revision.RevisionComparison;
import org.clinic.content.revision.RevisionPage;
import org.clinic.content.revision.Revisions;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Service;

/**
 * An article's revisions for its editors: the list, one revision, and one compared with the article as it stands.
 * An article last written by SQL (the demo data) has no revision for its current text until its first save, so the
 * comparison is with the newest revision, which is the current text for every article saved through the API.
 */
@Service
public class ArticleHistory {

    private final ArticleStore store;
    private final Revisions revisions;
    private final EditorArticles articles;

    ArticleHistory(ArticleStore store, Revisions revisions, EditorArticles articles) {
        this.store = store;
        this.revisions = revisions;
        this.articles = articles;
    }

    /** The article as it stands, by its current or a former address: its slug and version for the history pages. */
    public EditorArticle article(String slug) {
        return articles.find(idOf(slug))
                .orElseThrow(() -> ApiProblemException.notFound("No article has this address."));
    }

    public RevisionPage list(String slug, int page, int size) {
        return revisions.list(idOf(slug), page, size);
    }

    public Revision revision(String slug, int version) {
        return find(idOf(slug), version);
    }

    public RevisionComparison compare(String slug, int version) {
        UUID id = idOf(slug);
        Revision older = find(id, version);
        Revision current = revisions.list(id, 0, 1).items().stream().findFirst()
                .flatMap(latest -> revisions.find(id, latest.version())).orElseThrow();
        return RevisionComparison.of(older, current);
    }

    private Revision find(UUID id, int version) {
        return revisions.find(id, version)
                .orElseThrow(() -> ApiProblemException.notFound("This article has no revision " + version + "."));
    }

    private UUID idOf(String slug) {
        return store.idOf(ArticleAddresses.checked(slug))
                .orElseThrow(() -> ApiProblemException.notFound("No article has this address."));
    }
}
