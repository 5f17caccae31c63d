package org.clinic.content.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.content.ContentPagesTestSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The home page: the clinic, what it treats, what to read, a search box and the way to book. */
class HomePageIT extends ContentPagesTestSupport {

    @Test
    void theHomePageIntroducesTheClinicWithItsPhoneAndAddress() {
        Page page = page("/");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.title()).isEqualTo("Riverbend Physio & Chiropractic");
        assertThat(html.select("h1").eachText()).containsExactly("Riverbend Physio & Chiropractic");
        assertThat(html.select(".home-intro a[href=tel:5555550142]").text()).contains("(555) 555-0142");
        assertThat(html.selectFirst(".home-intro__address").text()).contains("1200 Riverbend Avenue, Springfield");
        assertThat(html.getElementById("home-book").attr("href")).isEqualTo("/book");
    }

    @Test
    void theHomePageLinksTheConditionsAndTheLatestArticles() {
        Document html = page("/").html();

        assertThat(html.select("section[aria-labelledby=conditions-title] h3 a").eachAttr("href"))
                .containsExactly("/conditions/herniated-disc", "/conditions/sciatica", "/conditions/spinal-stenosis");
        assertThat(html.select("section[aria-labelledby=latest-title] h3 a").eachAttr("href"))
                .hasSize(HomePage.LATEST).first().isEqualTo("/articles/cracking-your-own-back-risks");
        assertThat(html.select("section[aria-labelledby=latest-title] time").first().text()).isEqualTo("June 2, 2026");
    }

    @Test
    void theHomePageSearchBoxAsksTheArticleList() {
        Element form = page("/").html().selectFirst("form[role=search]");

        assertThat(form.attr("action")).isEqualTo("/articles");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[type=search]").attr("name")).isEqualTo("q");
        assertThat(form.selectFirst("label[for=home-q]").text()).isEqualTo("Search our articles");
    }

    @Test
    void theHomePageDescribesTheClinicAndItsSearchToSearchEngines() {
        Document html = page("/").html();

        assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/");
        assertThat(html.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("website");
        JsonNode graph = JsonMapper.builder().build()
                .readTree(html.selectFirst("script[type=application/ld+json]").data()).get("@graph");
        assertThat(graph.get(0).get("@type").asString()).isEqualTo("WebSite");
        assertThat(graph.get(1).get("@type").asString()).isEqualTo("MedicalClinic");
        assertThat(graph.get(1).get("telephone").asString()).isEqualTo("(555) 555-0142");
        assertThat(graph.get(0).get("potentialAction").get("target").asString())
                .isEqualTo(BASE + "/articles?q={search_term_string}");
    }
}
