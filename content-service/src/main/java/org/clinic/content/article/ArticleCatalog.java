package org.clinic.content.article;

import java.util.Optional;
import org.clinic.content.markdown.SafeMarkdown;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.theme.SiteIdentity;
import org.springframework.stereotype.Service;

/** The public, read-only view of the articles: what readers may list, search and open. */
@Service
class ArticleCatalog {

    static final int RELATED_LIMIT = 3;

    private final Articles articles;
    private final SafeMarkdown markdown;
    private final String clinicPhone;
    private final RenderedBodies bodies = new RenderedBodies(RenderedBodies.CAPACITY);

    ArticleCatalog(Articles articles, SafeMarkdown markdown, SiteIdentity site) {
        this.articles = articles;
        this.markdown = markdown;
        this.clinicPhone = site.phone();
    }

    ArticlePage search(ArticleSearch search) {
        return articles.search(search);
    }

    /** A draft answers exactly like a missing article, so the public cannot probe for unpublished slugs. */
    ArticleDetail open(String slug) {
        return find(slug).orElseThrow(() -> ApiProblemException.notFound("No published article has this address."));
    }

    /** As {@link #open}, for the article page, which answers a missing article with its own 404 page. */
    Optional<ArticleDetail> find(String slug) {
        return articles.findPublished(slug).map(a -> new ArticleDetail(a.slug(), a.title(), a.summary(),
                bodies.html(a.bodyMarkdown(), markdown::toHtml), a.author(), a.tags(), a.conditions(),
                articles.relatedTo(a.id(), RELATED_LIMIT),
                new ArticleDetail.CallToAction(a.callToActionTypeId(), clinicPhone), a.publishedAt(), a.updatedAt()));
    }
}
