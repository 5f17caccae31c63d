package org.clinic.content.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clinic.content.ContentPagesTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What machines read: sitemap, RSS feed and robots rules. */
class SiteFeedsIT extends ContentPagesTestSupport {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSitemapListsHomeArticlesAndConditionsWithAbsoluteAddressesAndDates() throws Exception {
        Page page = page("/sitemap.xml");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualTo("application/xml;charset=UTF-8");
        Document xml = parse(page.body());
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP_NS);
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(texts(xml.getElementsByTagNameNS(SITEMAP_NS, "loc"))).hasSize(2 + 6 + 3)
                .contains(BASE + "/", BASE + "/articles", BASE + "/articles/sciatica-leg-pain-explained",
                        BASE + "/conditions/spinal-stenosis");
        NodeList urls = xml.getElementsByTagNameNS(SITEMAP_NS, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            String lastmod = ((Element) urls.item(i)).getElementsByTagNameNS(SITEMAP_NS, "lastmod").item(0).getTextContent();
            assertThat(OffsetDateTime.parse(lastmod)).isNotNull();
        }
    }

    @Test
    void theSitemapLeavesDraftsOut() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO articles (id, slug, title, status, author_id)
                VALUES (?, 'sitemap-draft', 'Draft', 'DRAFT', 'c0a00000-0000-4000-8000-000000000001')""")
                .param(id).update();
        try {
            assertThat(page("/sitemap.xml").body()).doesNotContain("sitemap-draft");
            assertThat(page("/feed.xml").body()).doesNotContain("sitemap-draft");
        } finally {
            jdbc.sql("DELETE FROM articles WHERE id = ?").param(id).update();
        }
    }

    @Test
    void theFeedIsRss2WithAbsoluteLinksAndRfc822Dates() throws Exception {
        Page page = page("/feed.xml");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualTo("application/rss+xml;charset=UTF-8");
        Document xml = parse(page.body());
        Element rss = xml.getDocumentElement();
        assertThat(rss.getTagName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertThat(child(channel, "title")).isEqualTo("Riverbend Physio & Chiropractic: articles");
        assertThat(child(channel, "link")).isEqualTo(BASE + "/articles");
        assertThat(child(channel, "description")).isNotBlank();
        Element self = (Element) channel.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
        assertThat(self.getAttribute("href")).isEqualTo(BASE + "/feed.xml");
        NodeList items = channel.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(6);
        Element first = (Element) items.item(0);
        assertThat(child(first, "title")).isEqualTo("Cracking Your Own Back: When It Becomes a Problem");
        assertThat(child(first, "link")).isEqualTo(BASE + "/articles/cracking-your-own-back-risks");
        assertThat(child(first, "guid")).isEqualTo(child(first, "link"));
        assertThat(child(first, "description")).isNotBlank();
        assertThat(ZonedDateTime.parse(child(first, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .hasToString("2026-06-02T14:00:00Z");
        assertThat(child(first, "pubDate")).isEqualTo("Tue, 2 Jun 2026 10:00:00 -0400");
        assertThat(first.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0).getTextContent())
                .isEqualTo("Dr. Maya Lin");
        // The whole article, as the page shows it, for feed readers.
        assertThat(first.getElementsByTagNameNS(RssFeed.CONTENT, "encoded").item(0).getTextContent())
                .contains("<h2>", "<a href=\"/articles/why-joints-pop-and-crack\">");
    }

    @Test
    void theFeedEscapesWhatEditorsType() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO articles (id, slug, title, summary, status, author_id, published_at)
                VALUES (?, 'escaping-probe', 'Hips & knees <b>bold</b> ]]>', 'A "quoted" summary' || chr(1), 'PUBLISHED',
                        'c0a00000-0000-4000-8000-000000000001', timestamptz '2099-01-01 12:00Z')""").param(id).update();
        try {
            Document xml = parse(page("/feed.xml").body());

            Element first = (Element) xml.getElementsByTagName("item").item(0);
            assertThat(child(first, "title")).isEqualTo("Hips & knees <b>bold</b> ]]>");
            assertThat(child(first, "description")).isEqualTo("A \"quoted\" summary");
        } finally {
            jdbc.sql("DELETE FROM articles WHERE id = ?").param(id).update();
        }
    }

    @Test
    void robotsAllowsTheSiteButNotStaffOrPatientPagesAndNamesTheSitemap() {
        Page page = page("/robots.txt");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(page.body().lines().toList()).contains("User-agent: *", "Allow: /", "Disallow: /manage/",
                "Disallow: /desk/", "Disallow: /editor/", "Disallow: /book/confirmed", "Sitemap: " + BASE + "/sitemap.xml");
    }

    private static Document parse(String body) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
