package org.clinic.content.feed;

import java.time.ZoneId;
import org.clinic.content.ContentProperties;
import org.clinic.content.article.ArticleFeed;
import org.clinic.content.article.ArticleListings;
import org.clinic.content.condition.Conditions;
import org.clinic.theme.SiteIdentity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What machines read: the sitemap and robots rules for search engines, the RSS feed for readers. The content type
 * is set on the response rather than negotiated, so a crawler with an unusual Accept header still gets the file.
 */
@Controller
class SiteFeeds {

    static final int FEED_ITEMS = 20;
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final ArticleListings articles;
    private final ArticleFeed feed;
    private final Conditions conditions;
    private final SiteIdentity site;
    private final ZoneId zone;

    SiteFeeds(ArticleListings articles, ArticleFeed feed, Conditions conditions, SiteIdentity site,
            ContentProperties properties) {
        this.articles = articles;
        this.feed = feed;
        this.conditions = conditions;
        this.site = site;
        this.zone = properties.timeZone();
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        var all = conditions.listings();
        var published = articles.newest(Sitemap.MAX_URLS - 2 - all.size());
        return ResponseEntity.ok().contentType(XML).body(Sitemap.write(site, zone, published, all));
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok().contentType(RSS).body(RssFeed.write(site, zone, feed.newest(FEED_ITEMS)));
    }

    /** Staff and patients' own pages are no search result; everything else may be crawled. */
    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String rules = """
                User-agent: *
                Allow: /
                Disallow: /api/
                Disallow: /manage/
                Disallow: /desk/
                Disallow: /editor/
                Disallow: /admin/
                Disallow: /book/confirmed

                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"));
        return ResponseEntity.ok().contentType(TEXT).body(rules);
    }
}
