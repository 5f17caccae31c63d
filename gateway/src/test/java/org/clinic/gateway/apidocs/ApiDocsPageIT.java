package org.clinic.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.theme.SecurityHeaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The API documentation page, rendered from the services' OpenAPI documents fetched through the gateway's own
 * routes (here every route reaches a stub that answers one small document, {@code stub-openapi.json}).
 */
class ApiDocsPageIT extends GatewayIntegrationTest {

    @Test
    void showsEveryServicesOperationsWithWhoMayCallThemAndTheirAnswers() {
        Document page = page();

        assertThat(page.selectFirst("h1").text()).isEqualTo("HTTP API");
        assertThat(page.select("section.api-service").eachAttr("id")).containsExactly("booking", "content",
                "notifications");
        Element booking = page.getElementById("booking");
        assertThat(booking.select("details.api-op > summary").eachText()).contains(
                "GET /api/stub/things List things Public",
                "POST /api/stub/things Add a thing Public",
                "DELETE /api/stub/things/{id} Remove a thing Staff: FRONT_DESK, ADMIN");
        Element add = booking.getElementById("booking-post-api-stub-things");
        assertThat(add.select("table.api-table td code").eachText()).contains("Idempotency-Key");
        assertThat(add.selectFirst("pre.api-example").text()).contains("\"name\" : \"lamp\"");
        assertThat(add.select(".api-answers dt").eachText()).containsExactly("201", "429");
        assertThat(add.select(".api-answers dd").text()).contains("Retry-After", "application/problem+json");
        // A type links to its schema, which the page lists with its fields.
        assertThat(add.selectFirst(".api-answers a").attr("href")).isEqualTo("#booking-schema-thing");
        Element thing = booking.getElementById("booking-schema-thing");
        assertThat(thing.select("tbody tr").eachText()).contains("name (required) string What it is called.",
                "kind string: SMALL, LARGE", "sizes array of integer");
        assertThat(page.select("a[href=/api/booking/openapi.json]")).isNotEmpty();
    }

    @Test
    void showsTheDocumentsTextEscapedAndNeedsNoScriptOrInlineStyle() {
        Document page = page();

        assertThat(page.getElementById("booking").selectFirst("p").text())
                .contains("<script>alert('not run')</script>");
        assertThat(page.getElementById("booking").selectFirst("p code").text()).isEqualTo("GET /api/stub/things");
        assertThat(page.select("script").stream().allMatch(s -> s.hasAttr("src") && s.data().isBlank())).isTrue();
        assertThat(page.select("[style], style")).isEmpty();
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(href -> href.matches("/assets/api-docs-[0-9a-f]{32}\\.css"));
    }

    @Test
    void isAPageUnderTheSitesOwnPolicy() {
        client.get().uri("/api/docs").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", SecurityHeaders.PAGE_POLICY)
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
        client.get().uri("/api/notifications/openapi.json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals("Content-Security-Policy", SecurityHeaders.NON_PAGE_POLICY);
    }

    private Document page() {
        String html = client.get().uri("/api/docs").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return Jsoup.parse(html);
    }
}
