package org.clinic.content.article;

import java.util.Optional;
import org.clinic.content.markdown.SafeMarkdown;
import org.clinic.theme.SiteIdentity;
import org.springframework.stereotype.Service;

/** The public, read-only view of the articles: what readers may list, search and open. */
@Service
class ArticleCatalog {

    static final int RELATED_LIMIT = 3;

    private final Articles articles;
    private final SafeMarkdown markdown;
    private final String clinicPhone;
    private final RenderedBodies bodies;

    ArticleCatalog(Articles articles, SafeMarkdown markdown, RenderedBodies bodies, SiteIdentity site) {
        this.articles = articles;
        this.markdown = markdown;
        this.bodies = bodies;
        this.clinicPhone = site.phone();
    }

    ArticlePage search(ArticleSearch search) {
        return articles.search(search);
    }

    /**
     * Where a published article lives now if this was its address before its slug changed: old links, bookmarks
     * and search results keep working (301). A draft's new address is not given away.
     */
    Optional<String> movedTo(String slug) {
        return articles.renamedTo(slug);
    }

    /**
     * A published article; a draft answers exactly like a missing article, so the public cannot probe for
     * unpublished slugs.
     */
    Optional<ArticleDetail> find(String slug) {
        return articles.findPublished(slug).map(a -> new ArticleDetail(a.slug(), a.title(), a.summary(),
                bodies.html(a.bodyMarkdown(), markdown::toHtml), a.author(), a.tags(), a.conditions(),
                articles.relatedTo(a.id(), RELATED_LIMIT),
                new ArticleDetail.CallToAction(a.callToActionTypeId(), clinicPhone), a.publishedAt(), a.updatedAt()));
    }
}
