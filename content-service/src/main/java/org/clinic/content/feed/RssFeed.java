package org.clinic.content.feed;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.clinic.content.article.ArticleListing;
import org.clinic.content.article.FeedArticle;
import org.clinic.theme.SiteIdentity;

/**
 * RSS 2.0 of the newest published articles, so readers and newsletter tools can follow the clinic's writing. Each
 * item carries the whole article as HTML ({@code content:encoded}), from the same sanitizing pipeline as the page:
 * feed readers show it, and some run less careful filters of their own.
 */
final class RssFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    private RssFeed() {
    }

    static String write(SiteIdentity site, ZoneId zone, List<FeedArticle> entries) {
        List<ArticleListing> articles = entries.stream().map(FeedArticle::listing).toList();
        try {
            Xml xml = new Xml();
            var w = xml.writer();
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM);
            w.writeNamespace("dc", DUBLIN_CORE);
            w.writeNamespace("content", CONTENT);
            w.writeStartElement("channel");
            xml.element("title", site.name() + ": articles");
            xml.element("link", site.absolute("/articles"));
            xml.element("description", "Patient-education articles from " + site.name() + ".");
            xml.element("language", "en");
            OffsetDateTime newest = articles.stream().map(ArticleListing::updatedAt).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            if (newest != null) {
                xml.element("lastBuildDate", rfc822(newest, zone));
            }
            // Feed readers use the self link to notice when a feed moved.
            w.writeEmptyElement("atom", "link", ATOM);
            w.writeAttribute("href", site.absolute("/feed.xml"));
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            for (FeedArticle entry : entries) {
                ArticleListing article = entry.listing();
                String link = site.absolute(article.path());
                w.writeStartElement("item");
                xml.element("title", article.title());
                xml.element("link", link);
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", "true");
                w.writeCharacters(link);
                w.writeEndElement();
                xml.element("description", article.summary());
                // RSS's own <author> must be an email address; Dublin Core carries a plain name.
                w.writeStartElement("dc", "creator", DUBLIN_CORE);
                w.writeCharacters(Xml.clean(article.authorName()));
                w.writeEndElement();
                xml.element("pubDate", rfc822(article.publishedAt(), zone));
                // Escaped text rather than CDATA: an article containing "]]>" cannot end it early.
                w.writeStartElement("content", "encoded", CONTENT);
                w.writeCharacters(Xml.clean(entry.bodyHtml()));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            return xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RSS 2.0 dates are RFC 822 with a four-digit year, which is RFC 1123's format (English names, any locale). */
    private static String rfc822(OffsetDateTime instant, ZoneId zone) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZoneSameInstant(zone));
    }
}
