package org.clinic.content.article;

import java.util.List;
import org.clinic.content.markdown.SafeMarkdown;
import org.springframework.stereotype.Service;

/** The newest published articles with their bodies, for the feed: rendered by the same pipeline as the page. */
@Service
public class ArticleFeed {

    private final ArticleListings listings;
    private final SafeMarkdown markdown;
    private final RenderedBodies bodies;

    ArticleFeed(ArticleListings listings, SafeMarkdown markdown, RenderedBodies bodies) {
        this.listings = listings;
        this.markdown = markdown;
        this.bodies = bodies;
    }

    public List<FeedArticle> newest(int limit) {
        return listings.newestWithBodies(limit).stream()
                .map(a -> new FeedArticle(a.listing(), bodies.html(a.bodyMarkdown(), markdown::toHtml)))
                .toList();
    }
}
