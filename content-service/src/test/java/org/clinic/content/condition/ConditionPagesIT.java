package org.clinic.content.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.content.ContentPagesTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A condition's page: what it is, its symptoms and treatment, what to read, and a Book button. */
class ConditionPagesIT extends ContentPagesTestSupport {

    @Test
    void aConditionPageShowsSymptomsTreatmentArticlesAndBooksTheRecommendedAppointment() {
        Page page = page("/conditions/herniated-disc");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("h1").eachText()).containsExactly("Herniated Disc");
        assertThat(html.selectFirst(".article__lead").text()).isNotBlank();
        assertThat(html.select("h2").eachText()).contains("Symptoms", "Treatment");
        assertThat(html.select("#symptoms-title + ul li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(html.select("#treatment-title + ul li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(html.getElementById("cta-book").attr("href"))
                .isEqualTo("/book?appointmentTypeId=11111111-0000-0000-0000-000000000004");
        assertThat(html.select("section[aria-labelledby=articles-title] a").eachAttr("href"))
                .containsExactly("/articles/herniated-disc-basics", "/articles/sciatica-leg-pain-explained");
        assertThat(html.select(".breadcrumbs li").eachText()).containsExactly("Home", "Herniated Disc");
    }

    @Test
    void aConditionPageHasItsOwnCanonicalAddressOpenGraphAndJsonLd() {
        Document html = page("/conditions/sciatica").html();

        assertThat(html.title()).isEqualTo("Sciatica | Riverbend Physio & Chiropractic");
        assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/conditions/sciatica");
        assertThat(html.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(html.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Sciatica");
        JsonNode graph = JsonMapper.builder().build()
                .readTree(html.selectFirst("script[type=application/ld+json]").data()).get("@graph");
        assertThat(graph.get(0).get("@type").asString()).isEqualTo("MedicalWebPage");
        assertThat(graph.get(0).get("about").get("name").asString()).isEqualTo("Sciatica");
        assertThat(graph.get(0).get("about").get("signOrSymptom").size()).isEqualTo(5);
    }

    @Test
    void anUnknownConditionGetsTheSitesNotFoundPage() {
        Page page = page("/conditions/no-such-condition");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("We can't find that page");
    }
}
