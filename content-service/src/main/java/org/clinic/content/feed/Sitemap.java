package org.clinic.content.feed;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.clinic.content.article.ArticleListing;
import org.clinic.content.condition.ConditionListing;
import org.clinic.theme.SiteIdentity;

/** The sitemap protocol's {@code urlset}: every public content page with when it last changed. */
final class Sitemap {

    /** The protocol's limit per file; far beyond what a clinic writes, but the query is bounded by it. */
    static final int MAX_URLS = 50_000;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    static String write(SiteIdentity site, ZoneId zone, List<ArticleListing> articles,
            List<ConditionListing> conditions) {
        // The home page and the list show the newest articles and the conditions, so they change with them.
        OffsetDateTime newest = Stream.concat(articles.stream().map(ArticleListing::updatedAt),
                conditions.stream().map(ConditionListing::lastModified))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        try {
            Xml xml = new Xml();
            xml.writer().setDefaultNamespace(NAMESPACE);
            xml.writer().writeStartElement(NAMESPACE, "urlset");
            xml.writer().writeDefaultNamespace(NAMESPACE);
            url(xml, site.absolute("/"), newest, zone);
            url(xml, site.absolute("/articles"), newest, zone);
            for (ArticleListing article : articles) {
                url(xml, site.absolute(article.path()), article.updatedAt(), zone);
            }
            for (ConditionListing condition : conditions) {
                url(xml, site.absolute(condition.path()), condition.lastModified(), zone);
            }
            xml.writer().writeEndElement();
            return xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void url(Xml xml, String location, OffsetDateTime lastModified, ZoneId zone)
            throws XMLStreamException {
        xml.writer().writeStartElement("url");
        xml.element("loc", location);
        if (lastModified != null) {
            xml.element("lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastModified.atZoneSameInstant(zone)));
        }
        xml.writer().writeEndElement();
    }
}
