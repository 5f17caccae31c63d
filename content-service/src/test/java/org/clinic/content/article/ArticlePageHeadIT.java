package org.clinic.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clinic.content.ContentPagesTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an article page tells search engines and link previews: title, description, canonical, OpenGraph, JSON-LD. */
class ArticlePageHeadIT extends ContentPagesTestSupport {

    private static final String SLUG = "sciatica-leg-pain-explained";
    private static final String URL = BASE + "/articles/" + SLUG;

    @Test
    void anArticlePageTellsSearchEnginesAndLinkPreviewsWhatItIs() {
        Document html = page("/articles/" + SLUG).html();

        assertThat(html.title()).isEqualTo("Sciatica: When Back Trouble Travels Down the Leg | Riverbend Physio & Chiropractic");
        assertThat(html.selectFirst("meta[name=description]").attr("content")).startsWith("Sciatica describes leg pain");
        assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(URL);
        assertThat(meta(html, "og:title")).isEqualTo("Sciatica: When Back Trouble Travels Down the Leg");
        assertThat(meta(html, "og:description")).startsWith("Sciatica describes leg pain");
        assertThat(meta(html, "og:url")).isEqualTo(URL);
        assertThat(meta(html, "og:type")).isEqualTo("article");
        assertThat(meta(html, "og:site_name")).isEqualTo("Riverbend Physio & Chiropractic");
        assertThat(html.select("meta[name=robots]")).isEmpty();
        assertThat(html.select(".breadcrumbs ol li").eachText())
                .containsExactly("Home", "Articles", "Sciatica: When Back Trouble Travels Down the Leg");
        assertThat(html.selectFirst(".breadcrumbs [aria-current=page]").text()).startsWith("Sciatica");
    }

    @Test
    void theJsonLdDescribesTheArticleItsAuthorTheClinicAndTheBreadcrumbs() {
        Document html = page("/articles/" + SLUG).html();

        JsonNode graph = JsonMapper.builder().build()
                .readTree(html.selectFirst("script[type=application/ld+json]").data()).get("@graph");
        JsonNode article = node(graph, "Article");
        assertThat(article.get("headline").asString()).isEqualTo("Sciatica: When Back Trouble Travels Down the Leg");
        assertThat(article.get("author").get("@type").asString()).isEqualTo("Person");
        assertThat(article.get("author").get("name").asString()).isEqualTo("Jordan Okafor");
        assertThat(article.get("datePublished").asString()).isEqualTo("2026-03-03T09:00:00-05:00");
        assertThat(article.get("dateModified").asString()).isNotBlank();
        assertThat(article.get("publisher").get("@id").asString()).isEqualTo(BASE + "/#clinic");
        JsonNode clinic = node(graph, "MedicalClinic");
        assertThat(clinic.get("name").asString()).isEqualTo("Riverbend Physio & Chiropractic");
        assertThat(clinic.get("telephone").asString()).isEqualTo("(555) 555-0142");
        assertThat(clinic.get("address").asString()).isEqualTo("1200 Riverbend Avenue, Springfield");
        assertThat(clinic.get("url").asString()).isEqualTo(BASE + "/");
        List<String> crumbs = new ArrayList<>();
        node(graph, "BreadcrumbList").get("itemListElement").forEach(i -> crumbs.add(i.get("item").asString()));
        assertThat(crumbs).containsExactly(BASE + "/", BASE + "/articles", URL);
    }

    private static String meta(Document html, String property) {
        return html.selectFirst("meta[property=" + property + "]").attr("content");
    }

    static JsonNode node(JsonNode graph, String type) {
        for (JsonNode node : graph) {
            if (node.get("@type").asString().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + graph);
    }
}
